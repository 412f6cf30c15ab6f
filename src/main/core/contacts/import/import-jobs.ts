/**
 * Imports in progress: each runs in its own worker thread; the app polls their status (rows, speed,
 * time left) and may cancel one. Finished jobs keep their summary until the app restarts.
 */
import { randomUUID } from 'node:crypto';
import type { ImportJob } from '../../../../shared/contract/contacts';
import { AppError } from '../../errors';
import type { Logger } from '../../log/logger';
import { startWorker } from '../../workers/worker-script';
import type { FromImportWorker, ImportWorkerData } from './import-worker';
import type { ImportPlan, ImportProgress, ImportSummary } from './types';

interface Job {
  state: ImportJob['state'];
  progress: ImportProgress;
  summary: ImportSummary | null;
  error: string | null;
  cancel: () => void;
  done: Promise<void>;
}

export interface ImportJobs {
  start(plan: ImportPlan, onDone?: (summary: ImportSummary) => void): string;
  status(jobId: string): ImportJob;
  cancel(jobId: string): boolean;
  /** Resolves when the job has ended (tests, the command line). */
  finished(jobId: string): Promise<ImportJob>;
  closeAll(): Promise<void>;
}

export function createImportJobs(deps: { dbPath: string; nativeBinding?: string | undefined; logger: Logger }): ImportJobs {
  const jobs = new Map<string, Job>();
  const log = deps.logger.child({ component: 'import' });

  const get = (jobId: string) => {
    const job = jobs.get(jobId);
    if (!job) throw new AppError('not_found', 'That import is not known; it may have run before Switchboard restarted.');
    return job;
  };

  const view = (jobId: string): ImportJob => {
    const job = get(jobId);
    const { bytesRead, totalBytes, rows, elapsedMs } = job.progress;
    const seconds = elapsedMs / 1000;
    const rowsPerSecond = seconds > 0 ? Math.round(rows / seconds) : 0;
    const bytesPerSecond = seconds > 0 ? bytesRead / seconds : 0;
    const secondsLeft =
      job.state === 'running' && bytesPerSecond > 0 ? Math.max(0, Math.round((totalBytes - bytesRead) / bytesPerSecond)) : null;
    return {
      jobId,
      state: job.state,
      bytesRead,
      totalBytes,
      rows,
      rowsPerSecond,
      secondsLeft,
      summary: job.summary,
      error: job.error,
    };
  };

  return {
    start(plan, onDone) {
      const jobId = randomUUID();
      const workerData: ImportWorkerData = { plan, dbPath: deps.dbPath, nativeBinding: deps.nativeBinding };
      const worker = startWorker('import-worker', { workerData });
      let resolveDone!: () => void;
      const job: Job = {
        state: 'running',
        progress: { bytesRead: 0, totalBytes: 0, rows: 0, elapsedMs: 0 },
        summary: null,
        error: null,
        cancel: () => worker.postMessage({ type: 'cancel' }),
        done: new Promise((resolve) => (resolveDone = resolve)),
      };
      jobs.set(jobId, job);
      log.info('import started', { jobId, file: plan.fileName });
      worker.on('message', (message: FromImportWorker) => {
        if (message.type === 'progress') job.progress = message.progress;
        else if (message.type === 'done') {
          job.state = 'done';
          job.summary = message.summary;
          job.progress = {
            ...job.progress,
            bytesRead: job.progress.totalBytes,
            rows: message.summary.rows,
            elapsedMs: message.summary.elapsedMs,
          };
          log.info('import finished', { jobId, summary: message.summary });
          onDone?.(message.summary);
        } else {
          job.state = message.code === 'conflict' && /cancelled/.test(message.message) ? 'cancelled' : 'failed';
          job.error = message.message;
          log.warn('import ended without importing', { jobId, state: job.state, message: message.message });
        }
      });
      worker.on('error', (error) => {
        job.state = 'failed';
        job.error = `The import stopped unexpectedly: ${error.message}`;
        log.error('import worker crashed', { jobId, error });
      });
      worker.on('exit', () => {
        if (job.state === 'running') {
          job.state = 'failed';
          job.error ??= 'The import stopped unexpectedly.';
        }
        resolveDone();
      });
      return jobId;
    },
    status: view,
    cancel(jobId) {
      const job = get(jobId);
      if (job.state !== 'running') return false;
      job.cancel();
      return true;
    },
    async finished(jobId) {
      await get(jobId).done;
      return view(jobId);
    },
    async closeAll() {
      for (const job of jobs.values()) if (job.state === 'running') job.cancel();
      await Promise.all([...jobs.values()].map((j) => j.done));
    },
  };
}
