/**
 * Every channel answers with an envelope rather than a thrown error: Electron flattens a
 * rejected invoke into "Error invoking remote method …", which loses the code and the field
 * issues the renderer needs to show a precise message.
 */
import { z } from 'zod';

export const errorCodes = [
  'validation',
  'not_found',
  'conflict',
  'keychain_unavailable',
  'forbidden',
  'provider',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const fieldIssueSchema = z.object({ path: z.string(), message: z.string() });
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

export const ipcErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  issues: z.array(fieldIssueSchema).optional(),
});
export type IpcError = z.infer<typeof ipcErrorSchema>;

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };
