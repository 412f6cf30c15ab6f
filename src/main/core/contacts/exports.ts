/**
 * CSV exports: a list (its original columns, the normalised number, status), or the invalid rows of
 * one import with their line numbers and reasons. Written to a file in the data folder, then handed
 * to the operator by id (a save dialog in Electron, a download in the browser harness).
 */
import Papa from 'papaparse';
import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContactQuery, ContactRow, ExportProgress } from '../../../shared/contract/contacts';
import { AppError } from '../errors';
import type { Db } from '../storage/database';
import type { ContactStore } from './contact-store';
import { FIELD_SEPARATOR } from './import/prepare';

export interface Download {
  readonly downloadId: string;
  readonly path: string;
  readonly suggestedName: string;
  readonly rows: number;
}

export interface Exports {
  /**
   * Written by `writeList` below unless told otherwise (the app writes on its reader thread);
   * with an exportId, its progress can be asked for while it runs.
   */
  exportList(query: ContactQuery, exportId?: string): Promise<Download>;
  progress(exportId: string): ExportProgress | null;
  exportRejected(importId: number): Download;
  get(downloadId: string): Download;
  /** Writes a list as CSV to a stream-like sink (the command line's standard output). */
  writeList(query: ContactQuery, write: (chunk: string) => void): number;
}

const safeName = (name: string) => name.replace(/[^\p{L}\p{N} ._-]+/gu, '_').trim() || 'export';

export function listCsvHeader(columns: readonly string[]): string[] {
  return [...columns, 'Phone (E.164)', 'Phone type', 'Status', 'Reason', 'Suppressed'];
}

function listCsvRow(row: ContactRow, width: number): string[] {
  const values = Array.from({ length: width }, (_, i) => row.values[i] ?? '');
  return [...values, row.e164 ?? '', row.phoneType ?? '', row.status, row.reason ?? '', row.suppressed ? 'yes' : 'no'];
}

export type OnExportProgress = (progress: ExportProgress) => void;

/** A list as CSV, in chunks, to any sink. */
export function writeList(
  store: ContactStore,
  query: ContactQuery,
  write: (chunk: string) => void,
  onProgress?: OnExportProgress,
): number {
  const list = store.list(query.listId);
  write(Papa.unparse([listCsvHeader(list.columns)]) + '\r\n');
  let rows = 0;
  store.forEach(query, (chunk, total) => {
    rows += chunk.length;
    write(Papa.unparse(chunk.map((row) => listCsvRow(row, list.columns.length))) + '\r\n');
    onProgress?.({ rows, total });
  });
  return rows;
}

/** Starts a CSV file with a BOM, so Excel opens it as UTF-8. */
function startCsvFile(path: string): (chunk: string) => void {
  writeFileSync(path, '\uFEFF');
  return (chunk) => appendFileSync(path, chunk);
}

/** A list as a CSV file; returns how many contacts it holds. */
export function writeListFile(store: ContactStore, query: ContactQuery, path: string, onProgress?: OnExportProgress): number {
  return writeList(store, query, startCsvFile(path), onProgress);
}

export function createExports(
  db: Db,
  store: ContactStore,
  dataDir: string,
  writeListToFile: (query: ContactQuery, path: string, onProgress?: OnExportProgress) => Promise<number> = async (
    query,
    path,
    onProgress,
  ) => writeListFile(store, query, path, onProgress),
): Exports {
  const dir = join(dataDir, 'exports');
  const downloads = new Map<string, Download>();
  const running = new Map<string, ExportProgress>();

  const newFile = (): { downloadId: string; path: string } => {
    mkdirSync(dir, { recursive: true });
    const downloadId = randomUUID();
    return { downloadId, path: join(dir, `${downloadId}.csv`) };
  };
  const keep = (download: Download): Download => {
    downloads.set(download.downloadId, download);
    return download;
  };

  return {
    writeList: (query, write) => writeList(store, query, write),
    async exportList(query, exportId) {
      const list = store.list(query.listId);
      const file = newFile();
      if (exportId) running.set(exportId, { rows: 0, total: list.total });
      try {
        const rows = await writeListToFile(query, file.path, exportId ? (p) => running.set(exportId, p) : undefined);
        return keep({ ...file, suggestedName: `${safeName(list.name)}.csv`, rows });
      } finally {
        if (exportId) running.delete(exportId);
      }
    },
    progress: (exportId) => running.get(exportId) ?? null,
    exportRejected(importId) {
      const run = db
        .prepare<
          [number],
          { list_id: number; file_name: string; first_contact_id: number | null; last_contact_id: number | null }
        >('SELECT list_id, file_name, first_contact_id, last_contact_id FROM import_run WHERE id = ?')
        .get(importId);
      if (!run || run.first_contact_id === null)
        throw new AppError('not_found', 'That import is not known, or it did not finish.');
      const list = store.list(run.list_id);
      const phoneColumn = list.targets.indexOf('phone');
      const file = newFile();
      const append = startCsvFile(file.path);
      const suggestedName = `${safeName(run.file_name.replace(/\.[^.]+$/, ''))} - invalid rows.csv`;
      append(Papa.unparse([['Line', 'Phone', 'Reason', ...list.columns]]) + '\r\n');
      let rows = 0;
      const statement = db.prepare<[number, number, number], { line: number; reason: string; data: string }>(
        'SELECT line, reason, data FROM contact WHERE list_id = ? AND id BETWEEN ? AND ? AND status = 1 ORDER BY line',
      );
      let chunk: string[][] = [];
      for (const row of statement.iterate(run.list_id, run.first_contact_id!, run.last_contact_id ?? run.first_contact_id!)) {
        const values = row.data.split(FIELD_SEPARATOR);
        chunk.push([String(row.line), phoneColumn >= 0 ? (values[phoneColumn] ?? '') : '', row.reason, ...values]);
        rows++;
        if (chunk.length === 2000) {
          append(Papa.unparse(chunk) + '\r\n');
          chunk = [];
        }
      }
      if (chunk.length > 0) append(Papa.unparse(chunk) + '\r\n');
      return keep({ ...file, suggestedName, rows });
    },
    get(downloadId) {
      const download = downloads.get(downloadId);
      if (!download) throw new AppError('not_found', 'That export is no longer available; export again.');
      return download;
    },
  };
}
