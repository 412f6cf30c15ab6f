import type { Contract } from '../../../shared/contract';
import { AppError } from '../errors';
import type { HandlersOf } from '../ipc/dispatcher';
import type { SuppressionService } from '../suppression/suppression-service';
import type { ContactStore } from './contact-store';
import type { DropCowboyPush } from './dropcowboy-push';
import type { Download, Exports } from './exports';
import type { FileRegistry } from './files';
import type { ImportJobs } from './import/import-jobs';
import { previewFile } from './inspect';
import type { SavedMappings } from './mapping/saved-mappings';
import type { ContactReader } from './reader/contact-reader';

export interface ContactsDeps {
  files: FileRegistry;
  mappings: SavedMappings;
  store: ContactStore;
  /** The store's heavy reads, off the main thread. */
  reader: Pick<ContactReader, 'page' | 'count'>;
  jobs: ImportJobs;
  exports: Exports;
  push: DropCowboyPush;
}

export function contactsHandlers(deps: ContactsDeps): HandlersOf<Contract>['contacts'] {
  const { files, mappings, store, reader, jobs, exports } = deps;
  const download = (d: Download) => ({ downloadId: d.downloadId, suggestedName: d.suggestedName, rows: d.rows });
  return {
    preview: async ({ fileId, overrides }) => {
      const { bomLength: _bom, ...preview } = await previewFile(files.get(fileId), overrides, mappings);
      return preview;
    },
    startImport: async (input) => {
      const file = files.get(input.fileId);
      const preview = await previewFile(
        file,
        { encoding: input.encoding, delimiter: input.delimiter, hasHeader: input.hasHeader },
        mappings,
      );
      if (input.targets.length !== preview.columns.length) {
        throw new AppError(
          'validation',
          `The file has ${preview.columns.length} columns but ${input.targets.length} were mapped; look at the preview again.`,
        );
      }
      if (!input.targets.includes('phone')) {
        throw new AppError('validation', 'Map at least one column to Phone.', [
          { path: 'targets', message: 'Map at least one column to Phone.' },
        ]);
      }
      const target = input.list;
      if ('name' in target && store.lists().some((l) => l.name.toLowerCase() === target.name.trim().toLowerCase())) {
        const message = `A list named “${target.name.trim()}” already exists. Choose it as the target, or pick another name.`;
        throw new AppError('conflict', message, [{ path: 'list', message }]);
      }
      if (input.saveMapping && preview.hasHeader) mappings.save(preview.columns, input.targets);
      const jobId = jobs.start(
        {
          path: file.path,
          fileName: file.name,
          encoding: preview.encoding,
          bomLength: preview.bomLength,
          delimiter: preview.delimiter,
          hasHeader: preview.hasHeader,
          columns: preview.columns,
          targets: input.targets,
          defaultRegion: input.defaultRegion,
          policy: input.policy,
          list: input.list,
          consentChannel: input.consentChannel,
        },
        () => store.changed(),
      );
      return { jobId };
    },
    importStatus: ({ jobId }) => jobs.status(jobId),
    cancelImport: ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
    lists: () => store.lists(),
    createList: ({ name }) => store.createList(name),
    renameList: ({ listId, name }) => store.renameList(listId, name),
    deleteList: ({ listId }) => ({ deleted: store.deleteList(listId) }),
    mergeLists: ({ targetId, sourceIds }) => store.mergeLists(targetId, sourceIds),
    // The list in file order is one indexed read, answered here at once (the first paint never
    // waits for the reader thread to start); any other view is the reader thread's work.
    count: async (query) => ({ total: store.isPlain(query) ? store.count(query) : await reader.count(query) }),
    page: ({ query, offset, limit }) =>
      store.isPlain(query) ? store.page(query, offset, limit) : reader.page(query, offset, limit),
    updateContact: ({ contactId, values, defaultRegion }) => store.update(contactId, values, defaultRegion),
    deleteContacts: ({ contactIds }) => ({ deleted: store.delete(contactIds) }),
    exportList: async ({ query, exportId }) => download(await exports.exportList(query, exportId)),
    exportProgress: ({ exportId }) => exports.progress(exportId),
    exportRejected: ({ importId }) => download(exports.exportRejected(importId)),
    pushToDropCowboy: ({ listId, profileId, name }) => deps.push.push(listId, profileId, name),
    dropCowboyLists: ({ listId }) => deps.push.links(listId),
    renameDropCowboyList: async ({ profileId, dropCowboyListId, name }) => ({
      renamed: await deps.push.rename(profileId, dropCowboyListId, name),
    }),
    deleteDropCowboyList: async ({ profileId, dropCowboyListId }) => ({
      deleted: await deps.push.remove(profileId, dropCowboyListId),
    }),
  };
}

export type SaveDownload = (download: Download) => Promise<{ saved: boolean; path: string | null }>;

export function filesHandlers(files: FileRegistry, exports: Exports, saveDownload: SaveDownload): HandlersOf<Contract>['files'] {
  return {
    registerPath: ({ path, name }) => {
      const { fileId, size } = files.register(path, name);
      return { fileId, name, size };
    },
    saveDownload: ({ downloadId }) => saveDownload(exports.get(downloadId)),
  };
}

export function suppressionHandlers(service: SuppressionService, files: FileRegistry): HandlersOf<Contract>['suppression'] {
  return {
    list: ({ search, offset, limit }) => service.list(search, offset, limit),
    add: (input) => service.add(input),
    remove: ({ id, reason }) => ({ removed: service.remove(id, reason) }),
    importFile: ({ fileId, ...options }) => service.importFile(files.get(fileId), options),
    log: ({ limit }) => service.log(limit),
  };
}
