import { z } from 'zod';
import { channel } from './channel';
import { profileIdSchema } from './accounts';

export const encodingSchema = z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'windows-1251']);
export const delimiterSchema = z.enum([',', ';', '\t', '|']);
export const fieldTargetSchema = z.enum([
  'phone',
  'first_name',
  'last_name',
  'full_name',
  'email',
  'company',
  'address',
  'city',
  'state',
  'postal_code',
  'country',
  'opt_out',
  'dnc',
  'consent',
  'consent_date',
  'custom',
  'ignore',
]);
export type FieldTarget = z.infer<typeof fieldTargetSchema>;
export const regionSchema = z.string().regex(/^[A-Z]{2}$/, 'A two-letter country code, such as US.');
export const channelSchema = z.enum(['voice', 'sms', 'all']);
const fileIdSchema = z.string().uuid();
const listIdSchema = z.number().int().positive();
const listNameSchema = z.string().trim().min(1, 'Give the list a name.').max(120, 'Keep the name under 120 characters.');

export const registeredFileSchema = z.strictObject({ fileId: fileIdSchema, name: z.string(), size: z.number() });
export type RegisteredFile = z.infer<typeof registeredFileSchema>;

export const previewOverridesSchema = z.strictObject({
  encoding: encodingSchema.optional(),
  delimiter: delimiterSchema.optional(),
  hasHeader: z.boolean().optional(),
});

export const previewSchema = z.strictObject({
  fileId: fileIdSchema,
  name: z.string(),
  size: z.number(),
  encoding: encodingSchema,
  encodingReason: z.string(),
  delimiter: delimiterSchema,
  hasHeader: z.boolean(),
  columns: z.array(z.string()),
  /** The first data rows, as the file has them. */
  rows: z.array(z.array(z.string())),
  targets: z.array(fieldTargetSchema),
  /** True when the targets come from a mapping saved for files with these headers. */
  savedMapping: z.boolean(),
});
export type Preview = z.infer<typeof previewSchema>;

export const summarySchema = z.strictObject({
  rows: z.number(),
  imported: z.number(),
  updated: z.number(),
  duplicates: z.number(),
  invalid: z.number(),
  suppressed: z.number(),
  blankLines: z.number(),
  listId: z.number(),
  importId: z.number(),
  elapsedMs: z.number(),
});
export type ImportSummaryView = z.infer<typeof summarySchema>;

export const importJobSchema = z.strictObject({
  jobId: z.string(),
  state: z.enum(['running', 'done', 'cancelled', 'failed']),
  bytesRead: z.number(),
  totalBytes: z.number(),
  rows: z.number(),
  rowsPerSecond: z.number(),
  secondsLeft: z.number().nullable(),
  summary: summarySchema.nullable(),
  error: z.string().nullable(),
});
export type ImportJob = z.infer<typeof importJobSchema>;

export const listViewSchema = z.strictObject({
  id: listIdSchema,
  name: z.string(),
  total: z.number(),
  valid: z.number(),
  invalid: z.number(),
  columns: z.array(z.string()),
  targets: z.array(fieldTargetSchema),
  updatedAt: z.string(),
});
export type ListView = z.infer<typeof listViewSchema>;

export const contactFilterSchema = z.enum([
  'all',
  'valid',
  'invalid',
  'suppressed',
  'mobile',
  'fixed_line',
  'fixed_or_mobile',
  'other_type',
]);
export const contactSortSchema = z.strictObject({
  field: z.enum(['line', 'name', 'phone', 'status', 'type']),
  direction: z.enum(['asc', 'desc']),
});
export const contactQuerySchema = z.strictObject({
  listId: listIdSchema,
  search: z.string().max(200).default(''),
  filter: contactFilterSchema.default('all'),
  sort: contactSortSchema.default({ field: 'line', direction: 'asc' }),
});
export type ContactQuery = z.input<typeof contactQuerySchema>;

export const contactRowSchema = z.strictObject({
  id: z.number(),
  line: z.number().nullable(),
  e164: z.string().nullable(),
  phoneType: z.string().nullable(),
  status: z.enum(['valid', 'invalid']),
  reason: z.string().nullable(),
  suppressed: z.boolean(),
  name: z.string(),
  values: z.array(z.string()),
});
export type ContactRow = z.infer<typeof contactRowSchema>;

export const suppressionEntrySchema = z.strictObject({
  id: z.number(),
  e164: z.string(),
  channel: channelSchema,
  kind: z.enum(['opt_out', 'dnc']),
  reason: z.string(),
  source: z.string(),
  addedAt: z.string(),
});
export type SuppressionEntry = z.infer<typeof suppressionEntrySchema>;

const downloadSchema = z.strictObject({ downloadId: z.string(), suggestedName: z.string(), rows: z.number() });
export const exportProgressSchema = z.strictObject({
  rows: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type ExportProgress = z.infer<typeof exportProgressSchema>;

export const filesChannels = {
  /** Used by the preload and the harness bridge only: the page never names a path. */
  registerPath: channel({
    doc: 'Register a file the operator chose or dropped, for preview and import.',
    input: z.strictObject({ path: z.string().min(1).max(4096), name: z.string().min(1).max(512) }),
    output: registeredFileSchema,
    exposure: 'preload',
  }),
  saveDownload: channel({
    doc: 'Save a prepared export where the operator chooses (Electron: a save dialog).',
    input: z.strictObject({ downloadId: z.string().uuid() }),
    output: z.strictObject({ saved: z.boolean(), path: z.string().nullable() }),
    exposure: 'preload',
  }),
};

export const contactsChannels = {
  preview: channel({
    doc: 'Look at a registered CSV file: encoding, delimiter, header, first rows and a suggested mapping.',
    input: z.strictObject({ fileId: fileIdSchema, overrides: previewOverridesSchema.default({}) }),
    output: previewSchema,
  }),
  startImport: channel({
    doc: 'Import a previewed file into a list, off the main thread.',
    input: z.strictObject({
      fileId: fileIdSchema,
      encoding: encodingSchema,
      delimiter: delimiterSchema,
      hasHeader: z.boolean(),
      targets: z.array(fieldTargetSchema).min(1),
      defaultRegion: regionSchema,
      policy: z.enum(['skip', 'update']),
      list: z.union([z.strictObject({ id: listIdSchema }), z.strictObject({ name: listNameSchema })]),
      consentChannel: channelSchema.default('all'),
      saveMapping: z.boolean().default(true),
    }),
    output: z.strictObject({ jobId: z.string() }),
  }),
  importStatus: channel({
    doc: 'Progress of an import: rows, speed, time left, and the summary when done.',
    input: z.strictObject({ jobId: z.string().uuid() }),
    output: importJobSchema,
  }),
  cancelImport: channel({
    doc: 'Stop an import; the list stays as it was.',
    input: z.strictObject({ jobId: z.string().uuid() }),
    output: z.strictObject({ cancelled: z.boolean() }),
  }),
  lists: channel({ doc: 'All contact lists with their counts.', input: z.undefined(), output: z.array(listViewSchema) }),
  createList: channel({ doc: 'Create an empty list.', input: z.strictObject({ name: listNameSchema }), output: listViewSchema }),
  renameList: channel({
    doc: 'Rename a list.',
    input: z.strictObject({ listId: listIdSchema, name: listNameSchema }),
    output: listViewSchema,
  }),
  deleteList: channel({
    doc: 'Delete a list and its contacts (opt-outs, DNC and consent are kept).',
    input: z.strictObject({ listId: listIdSchema }),
    output: z.strictObject({ deleted: z.number() }),
  }),
  mergeLists: channel({
    doc: 'Move the contacts of other lists into one, skipping numbers it already has, and delete the others.',
    input: z.strictObject({ targetId: listIdSchema, sourceIds: z.array(listIdSchema).min(1) }),
    output: z.strictObject({ moved: z.number(), duplicates: z.number() }),
  }),
  count: channel({
    doc: 'How many contacts match a query.',
    input: contactQuerySchema,
    output: z.strictObject({ total: z.number() }),
  }),
  page: channel({
    doc: 'A window of the contacts that match a query.',
    input: z.strictObject({
      query: contactQuerySchema,
      offset: z.number().int().min(0),
      limit: z.number().int().min(1).max(500),
    }),
    output: z.strictObject({ total: z.number(), rows: z.array(contactRowSchema) }),
  }),
  updateContact: channel({
    doc: 'Edit a contact: its values; the phone is normalised again.',
    input: z.strictObject({
      contactId: z.number().int().positive(),
      values: z.array(z.string().max(10_000)).max(500),
      defaultRegion: regionSchema,
    }),
    output: contactRowSchema,
  }),
  deleteContacts: channel({
    doc: 'Delete contacts from their list.',
    input: z.strictObject({ contactIds: z.array(z.number().int().positive()).min(1).max(10_000) }),
    output: z.strictObject({ deleted: z.number() }),
  }),
  exportList: channel({
    doc: 'Write a list (or the matching part of it) to CSV: original columns, normalised number, status. An exportId chosen by the caller lets it follow the progress.',
    input: z.strictObject({ query: contactQuerySchema, exportId: z.string().uuid().optional() }),
    output: downloadSchema,
  }),
  exportProgress: channel({
    doc: 'How far a running list export has got (null when it is not running).',
    input: z.strictObject({ exportId: z.string().uuid() }),
    output: exportProgressSchema.nullable(),
  }),
  exportRejected: channel({
    doc: 'Write an import’s invalid rows to CSV, with their line numbers and reasons.',
    input: z.strictObject({ importId: z.number().int().positive() }),
    output: downloadSchema,
  }),
  pushToDropCowboy: channel({
    doc: 'Create a Drop Cowboy contact list from a list’s valid, unsuppressed contacts (in chunks of 10,000).',
    input: z.strictObject({ listId: listIdSchema, profileId: profileIdSchema, name: listNameSchema }),
    output: z.strictObject({
      dropCowboyListId: z.string(),
      sent: z.number(),
      accepted: z.number(),
      /** Valid contacts left out because their number is opted out or on a DNC list. */
      suppressed: z.number(),
      rejected: z.array(z.strictObject({ line: z.number().nullable(), phone: z.string(), reason: z.string() })),
    }),
  }),
  dropCowboyLists: channel({
    doc: 'The Drop Cowboy lists made from this app, with their current contact counts.',
    input: z.strictObject({ listId: listIdSchema }),
    output: z.array(
      z.strictObject({
        dropCowboyListId: z.string(),
        profileId: z.string(),
        name: z.string(),
        contactCount: z.number().nullable(),
        pushedAt: z.string(),
      }),
    ),
  }),
  renameDropCowboyList: channel({
    doc: 'Rename a Drop Cowboy list made from this app.',
    input: z.strictObject({ profileId: profileIdSchema, dropCowboyListId: z.string().min(1), name: listNameSchema }),
    output: z.strictObject({ renamed: z.boolean() }),
  }),
  deleteDropCowboyList: channel({
    doc: 'Delete a Drop Cowboy list made from this app.',
    input: z.strictObject({ profileId: profileIdSchema, dropCowboyListId: z.string().min(1) }),
    output: z.strictObject({ deleted: z.boolean() }),
  }),
};

export const suppressionChannels = {
  list: channel({
    doc: 'Opt-out and DNC entries, newest first, optionally searched.',
    input: z.strictObject({
      search: z.string().max(100).default(''),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    output: z.strictObject({ total: z.number(), entries: z.array(suppressionEntrySchema) }),
  }),
  add: channel({
    doc: 'Add a number to an opt-out or DNC list by hand.',
    input: z.strictObject({
      phone: z.string().trim().min(1, 'Enter a phone number.').max(50),
      defaultRegion: regionSchema,
      channel: channelSchema,
      kind: z.enum(['opt_out', 'dnc']),
      reason: z.string().trim().min(1, 'Say why (for example “asked to stop on a call”).').max(500),
      source: z.string().trim().min(1, 'Say where it came from.').max(200),
      date: z.iso.date().optional(),
    }),
    output: suppressionEntrySchema,
  }),
  remove: channel({
    doc: 'Remove an entry: an explicit action, logged with its reason.',
    input: z.strictObject({
      id: z.number().int().positive(),
      reason: z.string().trim().min(3, 'Say why it is removed.').max(500),
    }),
    output: z.strictObject({ removed: z.boolean() }),
  }),
  importFile: channel({
    doc: 'Import an opt-out or DNC file (CSV or TXT, National DNC registry downloads included).',
    input: z.strictObject({
      fileId: fileIdSchema,
      defaultRegion: regionSchema,
      channel: channelSchema,
      kind: z.enum(['opt_out', 'dnc']),
      source: z.string().trim().min(1).max(200),
    }),
    output: z.strictObject({ lines: z.number(), added: z.number(), alreadyListed: z.number(), invalid: z.number() }),
  }),
  log: channel({
    doc: 'The log of additions and removals, newest first.',
    input: z.strictObject({ limit: z.number().int().min(1).max(500).default(100) }),
    output: z.array(
      z.strictObject({
        e164: z.string(),
        channel: z.string(),
        kind: z.string(),
        action: z.enum(['added', 'removed']),
        reason: z.string(),
        source: z.string(),
        at: z.string(),
      }),
    ),
  }),
};
