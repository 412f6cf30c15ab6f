/**
 * Files the operator handed over (picked, dropped, or uploaded to the browser harness), known to
 * the page only by an id. Main reads only registered files, so a page can never make it read an
 * arbitrary path.
 */
import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../errors';

export interface RegisteredFile {
  readonly fileId: string;
  readonly path: string;
  readonly name: string;
  readonly size: number;
}

export const MAX_FILE_BYTES = 2 * 1024 ** 3;

export interface FileRegistry {
  register(path: string, name?: string): RegisteredFile;
  get(fileId: string): RegisteredFile;
}

export function createFileRegistry(): FileRegistry {
  const files = new Map<string, RegisteredFile>();
  return {
    register(path, name) {
      let size: number;
      try {
        const stat = statSync(path);
        if (!stat.isFile()) throw new AppError('validation', `${basename(path)} is not a file.`);
        size = stat.size;
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw new AppError(
          'not_found',
          `Switchboard cannot read ${name ?? basename(path)}: it may have been moved or you may not have access to it.`,
        );
      }
      if (size > MAX_FILE_BYTES)
        throw new AppError('validation', `${name ?? basename(path)} is larger than 2 GB; split it into smaller files.`);
      const file = { fileId: randomUUID(), path, name: name ?? basename(path), size };
      files.set(file.fileId, file);
      return file;
    },
    get(fileId) {
      const file = files.get(fileId);
      if (!file) throw new AppError('not_found', 'That file is no longer available; add it again.');
      return file;
    },
  };
}
