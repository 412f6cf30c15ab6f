import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldTarget, ImportJob, Preview } from '../../../../shared/contract/contacts';
import { fieldTargetSchema } from '../../../../shared/contract/contacts';
import { api, errorMessage } from '../../api/client';
import { deliverDownload } from '../../api/download';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { ProgressBar } from '../../components/ProgressBar';
import { RegionSelect } from '../../components/RegionSelect';
import { SelectField } from '../../components/SelectField';
import { useAction } from '../../hooks/useAction';
import { useAppStore } from '../../store';
import { DropZone } from './DropZone';
import { bytes, delimiterLabels, encodingLabels, number, targetLabels } from './import-labels';
import { ErrorBanner } from '../../components/ErrorBanner';

type Step =
  | { kind: 'choose'; error: string | null; busy: boolean }
  | { kind: 'preview'; preview: Preview; targets: FieldTarget[] }
  | { kind: 'running'; jobId: string; job: ImportJob | null; fileName: string }
  | { kind: 'finished'; job: ImportJob; fileName: string };

const targets = fieldTargetSchema.options;

/** The import, step by step: choose a file, check the preview and mapping, watch it run, read the summary. */
export function ImportWizard({ onClose, initialFile }: { onClose: () => void; initialFile?: File | null }) {
  const lists = useAppStore((s) => s.contacts.lists);
  const region = useAppStore((s) => s.contacts.region);
  const setRegion = useAppStore((s) => s.setRegion);
  const contactsChanged = useAppStore((s) => s.contactsChanged);
  const showList = useAppStore((s) => s.showList);
  const notify = useAppStore((s) => s.notify);
  const [step, setStep] = useState<Step>({ kind: 'choose', error: null, busy: false });

  const choose = useCallback(async (file: File) => {
    setStep({ kind: 'choose', error: null, busy: true });
    try {
      const registered = await api().platform.registerFile(file);
      const preview = await api().contacts.preview({ fileId: registered.fileId });
      setStep({ kind: 'preview', preview, targets: preview.targets });
    } catch (error) {
      setStep({ kind: 'choose', error: errorMessage(error), busy: false });
    }
  }, []);

  const started = useRef(false);
  useEffect(() => {
    if (initialFile && !started.current) {
      started.current = true;
      void choose(initialFile);
    }
  }, [initialFile, choose]);

  // While an import runs, its status is polled four times a second.
  const runningJob = step.kind === 'running' ? step.jobId : null;
  useEffect(() => {
    if (!runningJob) return;
    let stopped = false;
    const poll = async () => {
      try {
        const job = await api().contacts.importStatus({ jobId: runningJob });
        if (stopped) return;
        setStep((current) => {
          if (current.kind !== 'running') return current;
          return job.state === 'running' ? { ...current, job } : { kind: 'finished', job, fileName: current.fileName };
        });
        if (job.state === 'done') void contactsChanged();
      } catch (error) {
        if (!stopped) notify('error', errorMessage(error));
      }
    };
    const timer = setInterval(() => void poll(), 250);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [runningJob, contactsChanged, notify]);

  const busy = step.kind === 'running';
  const close = () => {
    if (busy) notify('info', 'The import goes on; cancel it here if you want it stopped.');
    else onClose();
  };

  return (
    <Dialog title="Import contacts" onClose={close} testId="import-wizard" wide>
      <ol className="steps" aria-label="Import steps">
        {['Choose a file', 'Check and map', 'Import', 'Summary'].map((label, i) => {
          const index = { choose: 0, preview: 1, running: 2, finished: 3 }[step.kind];
          return (
            <li
              key={label}
              className={i === index ? 'steps__current' : i < index ? 'steps__done' : ''}
              aria-current={i === index ? 'step' : undefined}
            >
              {label}
            </li>
          );
        })}
      </ol>
      <div className="wizard-body">
        {step.kind === 'choose' && (
          <>
            <ErrorBanner message={step.error} />
            <DropZone onFile={(file) => void choose(file)} busy={step.busy} />
          </>
        )}
        {step.kind === 'preview' && (
          <PreviewStep
            step={step}
            lists={lists}
            region={region}
            setRegion={setRegion}
            onChange={setStep}
            onBack={() => setStep({ kind: 'choose', error: null, busy: false })}
            onStarted={(jobId) => setStep({ kind: 'running', jobId, job: null, fileName: step.preview.name })}
          />
        )}
        {step.kind === 'running' && <RunningStep job={step.job} fileName={step.fileName} jobId={step.jobId} />}
        {step.kind === 'finished' && (
          <FinishedStep
            job={step.job}
            fileName={step.fileName}
            onOpen={(listId) => {
              showList(listId);
              onClose();
            }}
            onAnother={() => setStep({ kind: 'choose', error: null, busy: false })}
          />
        )}
      </div>
    </Dialog>
  );
}

interface PreviewStepProps {
  step: Extract<Step, { kind: 'preview' }>;
  lists: ReturnType<typeof useAppStore.getState>['contacts']['lists'];
  region: string;
  setRegion: (r: string) => void;
  onChange: (step: Step) => void;
  onBack: () => void;
  onStarted: (jobId: string) => void;
}

function PreviewStep({ step, lists, region, setRegion, onChange, onBack, onStarted }: PreviewStepProps) {
  const { preview } = step;
  const [listChoice, setListChoice] = useState<'new' | 'existing'>(lists.length > 0 ? 'existing' : 'new');
  const [newName, setNewName] = useState(preview.name.replace(/\.[^.]+$/, ''));
  const [existingId, setExistingId] = useState<number>(lists[0]?.id ?? 0);
  const [policy, setPolicy] = useState<'skip' | 'update'>('skip');
  const [consentChannel, setConsentChannel] = useState<'all' | 'voice' | 'sms'>('all');
  const { busy, error, run } = useAction();

  const reload = (overrides: { encoding?: Preview['encoding']; delimiter?: Preview['delimiter']; hasHeader?: boolean }) =>
    run(async () => {
      const next = await api().contacts.preview({
        fileId: preview.fileId,
        overrides: { encoding: preview.encoding, delimiter: preview.delimiter, hasHeader: preview.hasHeader, ...overrides },
      });
      onChange({ kind: 'preview', preview: next, targets: next.targets });
    });

  const hasPhone = step.targets.includes('phone');
  const start = () =>
    run(async () => {
      const { jobId } = await api().contacts.startImport({
        fileId: preview.fileId,
        encoding: preview.encoding,
        delimiter: preview.delimiter,
        hasHeader: preview.hasHeader,
        targets: step.targets,
        defaultRegion: region,
        policy,
        list: listChoice === 'new' ? { name: newName } : { id: existingId },
        consentChannel,
      });
      onStarted(jobId);
    });

  return (
    <div className="preview-step" aria-busy={busy}>
      <p>
        <strong>{preview.name}</strong> <span className="muted">· {bytes(preview.size)}</span>
      </p>
      <div className="preview-settings">
        <SelectField
          label="Encoding"
          value={preview.encoding}
          onChange={(e) => void reload({ encoding: e.target.value as Preview['encoding'] })}
          help={preview.encodingReason}
        >
          {Object.entries(encodingLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Separator"
          value={preview.delimiter}
          onChange={(e) => void reload({ delimiter: e.target.value as Preview['delimiter'] })}
        >
          {Object.entries(delimiterLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <div className="field">
          <span className="field__label">First row</span>
          <label className="checkbox">
            <input type="checkbox" checked={preview.hasHeader} onChange={(e) => void reload({ hasHeader: e.target.checked })} />{' '}
            holds column names
          </label>
        </div>
        <RegionSelect
          value={region}
          onChange={setRegion}
          help="For numbers written without a country code (a mapped Country column overrides it per row)."
        />
      </div>

      <div className="mapping-table-wrap">
        <table className="data-table mapping-table" aria-label="Preview and column mapping">
          <thead>
            <tr>
              {preview.columns.map((column, i) => (
                <th key={`${column}-${i}`} scope="col">
                  <div className="mapping-header">{column}</div>
                  <select
                    aria-label={`Map column ${column}`}
                    value={step.targets[i]}
                    onChange={(e) => {
                      const next = [...step.targets];
                      next[i] = e.target.value as FieldTarget;
                      onChange({ ...step, targets: next });
                    }}
                  >
                    {targets.map((t) => (
                      <option key={t} value={t}>
                        {targetLabels[t]}
                      </option>
                    ))}
                  </select>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.slice(0, 8).map((row, r) => (
              <tr key={r}>
                {preview.columns.map((_, c) => (
                  <td key={c} className={step.targets[c] === 'ignore' ? 'muted' : undefined}>
                    {row[c] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.savedMapping && <p className="muted">This mapping is the one you used last time for files with these columns.</p>}
      {!hasPhone && (
        <p className="banner banner--error" role="alert">
          Map at least one column to Phone.
        </p>
      )}

      <div className="preview-settings">
        <fieldset className="choice-group">
          <legend>Into</legend>
          <label className="radio">
            <input type="radio" name="list-choice" checked={listChoice === 'new'} onChange={() => setListChoice('new')} /> a new
            list
          </label>
          {listChoice === 'new' && (
            <Field label="List name" value={newName} onChange={(e) => setNewName(e.target.value)} maxLength={120} />
          )}
          <label className="radio">
            <input
              type="radio"
              name="list-choice"
              checked={listChoice === 'existing'}
              onChange={() => setListChoice('existing')}
              disabled={lists.length === 0}
            />{' '}
            an existing list
          </label>
          {listChoice === 'existing' && (
            <SelectField label="List" value={existingId} onChange={(e) => setExistingId(Number(e.target.value))}>
              {lists.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name} ({number(l.total)})
                </option>
              ))}
            </SelectField>
          )}
        </fieldset>
        <fieldset className="choice-group">
          <legend>Numbers already in the list, or twice in the file</legend>
          <label className="radio">
            <input type="radio" name="policy" checked={policy === 'skip'} onChange={() => setPolicy('skip')} /> Skip them (keep
            what is there)
          </label>
          <label className="radio">
            <input type="radio" name="policy" checked={policy === 'update'} onChange={() => setPolicy('update')} /> Update their
            fields (empty cells never erase; opt-outs and DNC are never cleared)
          </label>
        </fieldset>
        {step.targets.includes('consent') && (
          <SelectField
            label="The consent column is consent to"
            value={consentChannel}
            onChange={(e) => setConsentChannel(e.target.value as 'all')}
          >
            <option value="all">Calls and texts</option>
            <option value="voice">Calls and voicemail</option>
            <option value="sms">Text messages</option>
          </SelectField>
        )}
      </div>
      <ErrorBanner message={error} />
      <footer className="dialog__actions">
        <button type="button" className="button" onClick={onBack}>
          Choose another file
        </button>
        <button type="button" className="button button--primary" onClick={() => void start()} disabled={busy || !hasPhone}>
          Import
        </button>
      </footer>
    </div>
  );
}

function RunningStep({ job, fileName, jobId }: { job: ImportJob | null; fileName: string; jobId: string }) {
  const [cancelling, setCancelling] = useState(false);
  const fraction = job && job.totalBytes > 0 ? job.bytesRead / job.totalBytes : null;
  return (
    <div className="running-step">
      <p>
        Importing <strong>{fileName}</strong>…
      </p>
      <ProgressBar value={fraction} label="Import progress" />
      <p className="muted" aria-live="polite" data-testid="import-progress">
        {job
          ? `${number(job.rows)} rows · ${number(job.rowsPerSecond)} rows/s${job.secondsLeft !== null ? ` · about ${job.secondsLeft} s left` : ''}`
          : 'Starting…'}
      </p>
      <footer className="dialog__actions">
        <button
          type="button"
          className="button button--danger"
          disabled={cancelling}
          onClick={() => {
            setCancelling(true);
            void api().contacts.cancelImport({ jobId });
          }}
        >
          {cancelling ? 'Cancelling…' : 'Cancel import'}
        </button>
      </footer>
    </div>
  );
}

function FinishedStep({
  job,
  fileName,
  onOpen,
  onAnother,
}: {
  job: ImportJob;
  fileName: string;
  onOpen: (listId: number) => void;
  onAnother: () => void;
}) {
  const notify = useAppStore((s) => s.notify);
  if (job.state !== 'done' || !job.summary) {
    return (
      <div className="finished-step">
        <p className={`banner ${job.state === 'cancelled' ? '' : 'banner--error'}`} role="alert">
          {job.state === 'cancelled'
            ? 'Import cancelled. The list is as it was.'
            : `The import of ${fileName} failed: ${job.error ?? 'unknown error'}. Nothing was changed.`}
        </p>
        <footer className="dialog__actions">
          <button type="button" className="button button--primary" onClick={onAnother} data-autofocus>
            Start again
          </button>
        </footer>
      </div>
    );
  }
  const s = job.summary;
  const rows: Array<[string, number, string]> = [
    ['Imported', s.imported, 'new contacts'],
    ['Updated', s.updated, 'already in the list; fields filled in'],
    ['Duplicates', s.duplicates, 'the same number again; not added twice'],
    ['Invalid', s.invalid, 'no usable phone number; kept in the list as invalid'],
    ['Suppressed', s.suppressed, 'on an opt-out or DNC list; kept, and never sent to'],
  ];
  const downloadInvalid = async () => {
    try {
      const download = await api().contacts.exportRejected({ importId: s.importId });
      if (await deliverDownload(download)) notify('success', `Saved ${number(download.rows)} invalid rows.`);
    } catch (error) {
      notify('error', errorMessage(error));
    }
  };
  return (
    <div className="finished-step" data-testid="import-summary">
      <p>
        <strong>{number(s.rows)}</strong> rows of {fileName} read in {(s.elapsedMs / 1000).toFixed(1)} s
        {s.blankLines > 0 ? ` (${number(s.blankLines)} blank lines skipped)` : ''}.
      </p>
      <table className="data-table summary-table">
        <tbody>
          {rows.map(([label, count, detail]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="number">{number(count)}</td>
              <td className="muted">{detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <footer className="dialog__actions">
        {s.invalid > 0 && (
          <button type="button" className="button" onClick={() => void downloadInvalid()}>
            Download invalid rows ({number(s.invalid)})
          </button>
        )}
        <button type="button" className="button" onClick={onAnother}>
          Import another file
        </button>
        <button type="button" className="button button--primary" onClick={() => onOpen(s.listId)} data-autofocus>
          Open the list
        </button>
      </footer>
    </div>
  );
}
