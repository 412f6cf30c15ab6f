import { useEffect, useState, type FormEvent } from 'react';
import type { SuppressionEntry } from '../../../../shared/contract/contacts';
import { api, ApiError, errorMessage } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { RegionSelect } from '../../components/RegionSelect';
import { SelectField } from '../../components/SelectField';
import { useAction } from '../../hooks/useAction';
import { useAppStore } from '../../store';
import { DropZone } from './DropZone';
import { number } from './import-labels';
import { channelLabels, kindLabels, today } from './suppression-labels';
import { ErrorBanner } from '../../components/ErrorBanner';

type Kind = SuppressionEntry['kind'];
type Channel = SuppressionEntry['channel'];

interface DoneProps {
  onClose: () => void;
  onDone: () => Promise<void>;
}

function Footer({
  submit,
  busy,
  busyLabel,
  onCancel,
}: {
  submit: string;
  busy: boolean;
  busyLabel: string;
  onCancel: () => void;
}) {
  return (
    <footer className="dialog__actions">
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? busyLabel : submit}
      </button>
    </footer>
  );
}

/** Which list and channel: the same two choices for adding by hand and importing. */
function KindAndChannel({
  kind,
  channel,
  onKind,
  onChannel,
}: {
  kind: Kind;
  channel: Channel;
  onKind: (k: Kind) => void;
  onChannel: (c: Channel) => void;
}) {
  return (
    <div className="form-grid">
      <SelectField label="List" value={kind} onChange={(e) => onKind(e.target.value as Kind)}>
        {Object.entries(kindLabels).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <SelectField label="Channel" value={channel} onChange={(e) => onChannel(e.target.value as Channel)}>
        {Object.entries(channelLabels).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
    </div>
  );
}

export function AddSuppressionDialog({ onClose, onDone }: DoneProps) {
  const region = useAppStore((s) => s.contacts.region);
  const notify = useAppStore((s) => s.notify);
  const [form, setForm] = useState({
    phone: '',
    kind: 'opt_out' as Kind,
    channel: 'all' as Channel,
    reason: '',
    source: 'Added by hand',
    date: today(),
    region,
  });
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const { region: defaultRegion, ...rest } = form;
      const entry = await api().suppression.add({ ...rest, defaultRegion });
      notify('success', `${entry.e164} added to ${kindLabels[entry.kind]} (${channelLabels[entry.channel]}).`);
      await onDone();
      onClose();
    } catch (err) {
      setErrors(
        err instanceof ApiError && err.issues.length > 0
          ? Object.fromEntries(err.issues.map((issue) => [issue.path, issue.message]))
          : { phone: errorMessage(err) },
      );
      setBusy(false);
    }
  };
  return (
    <Dialog title="Add to opt-out or DNC" onClose={onClose} testId="add-suppression">
      <form className="form" onSubmit={(e) => void submit(e)}>
        <Field
          label="Phone number"
          value={form.phone}
          onChange={(e) => set('phone', e.target.value)}
          error={errors.phone}
          inputMode="tel"
          data-autofocus
        />
        <RegionSelect
          value={form.region}
          onChange={(code) => set('region', code)}
          help="For numbers written without a country code."
        />
        <KindAndChannel
          kind={form.kind}
          channel={form.channel}
          onKind={(k) => set('kind', k)}
          onChannel={(c) => set('channel', c)}
        />
        <Field
          label="Reason"
          value={form.reason}
          onChange={(e) => set('reason', e.target.value)}
          error={errors.reason}
          placeholder="Asked to stop on a call"
        />
        <div className="form-grid">
          <Field label="Source" value={form.source} onChange={(e) => set('source', e.target.value)} error={errors.source} />
          <Field
            label="Date"
            type="date"
            value={form.date}
            max={today()}
            onChange={(e) => set('date', e.target.value)}
            error={errors.date}
          />
        </div>
        <Footer submit="Add" busy={busy} busyLabel="Adding…" onCancel={onClose} />
      </form>
    </Dialog>
  );
}

export function ImportSuppressionDialog({ onClose, onDone }: DoneProps) {
  const region = useAppStore((s) => s.contacts.region);
  const notify = useAppStore((s) => s.notify);
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<Kind>('dnc');
  const [channel, setChannel] = useState<Channel>('all');
  const [defaultRegion, setDefaultRegion] = useState(region);
  const [source, setSource] = useState('');
  const { busy, error, setError, run } = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setError('Choose a file first.');
    await run(async () => {
      const { fileId } = await api().platform.registerFile(file);
      const result = await api().suppression.importFile({
        fileId,
        defaultRegion,
        channel,
        kind,
        source: source.trim() || file.name,
      });
      notify(
        'success',
        `${file.name}: ${number(result.added)} added, ${number(result.alreadyListed)} already listed, ${number(result.invalid)} lines without a valid number.`,
      );
      await onDone();
      onClose();
    });
  };
  return (
    <Dialog
      title="Import opt-outs or DNC numbers"
      onClose={onClose}
      testId="import-suppression"
      description={
        <p>
          A CSV or text file with one number per line, or any CSV with a phone column. National DNC registry downloads work as
          they come (area code and number in separate columns, or together).
        </p>
      }
    >
      <form className="form" onSubmit={(e) => void submit(e)}>
        {file ? (
          <p>
            <strong>{file.name}</strong>{' '}
            <button type="button" className="button button--small" onClick={() => setFile(null)}>
              Choose another
            </button>
          </p>
        ) : (
          <DropZone onFile={setFile} />
        )}
        <KindAndChannel kind={kind} channel={channel} onKind={setKind} onChannel={setChannel} />
        <RegionSelect
          value={defaultRegion}
          onChange={setDefaultRegion}
          help="For numbers written without a country code (registry downloads are US numbers)."
        />
        <Field
          label="Source"
          value={source}
          onChange={(e) => setSource(e.target.value)}
          placeholder={file?.name ?? 'Where the file came from'}
        />
        <ErrorBanner message={error} />
        <Footer submit="Import" busy={busy} busyLabel="Importing…" onCancel={onClose} />
      </form>
    </Dialog>
  );
}

export function RemoveSuppressionDialog({ entry, onClose, onDone }: DoneProps & { entry: SuppressionEntry }) {
  const notify = useAppStore((s) => s.notify);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await api().suppression.remove({ id: entry.id, reason });
      notify('success', `${entry.e164} removed from ${kindLabels[entry.kind]}. The removal is in the history.`);
      await onDone();
      onClose();
    } catch (err) {
      setError(err instanceof ApiError ? (err.forField('reason') ?? err.message) : errorMessage(err));
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={`Remove ${entry.e164} from ${kindLabels[entry.kind]}?`}
      tone="danger"
      onClose={onClose}
      testId="remove-suppression"
      description={<p>This number could be sent to again. The removal and its reason are kept in the history.</p>}
    >
      <form className="form" onSubmit={(e) => void submit(e)}>
        <Field
          label="Why is it removed?"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={error}
          placeholder="Added by mistake"
          data-autofocus
        />
        <footer className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--danger" disabled={busy}>
            {busy ? 'Removing…' : 'Remove'}
          </button>
        </footer>
      </form>
    </Dialog>
  );
}

type LogEntry = Awaited<ReturnType<ReturnType<typeof api>['suppression']['log']>>[number];

export function SuppressionLogDialog({ onClose }: { onClose: () => void }) {
  const [log, setLog] = useState<LogEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api()
      .suppression.log({ limit: 200 })
      .then(setLog, (err: unknown) => setError(errorMessage(err)));
  }, []);
  return (
    <Dialog title="Opt-out and DNC history" onClose={onClose} testId="suppression-log" wide>
      <ErrorBanner message={error} />
      {log && log.length === 0 && <p className="muted">Nothing has been added or removed yet.</p>}
      {log && log.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Action</th>
              <th scope="col">Number</th>
              <th scope="col">List</th>
              <th scope="col">Reason</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {log.map((row, i) => (
              <tr key={i}>
                <td>{row.at.replace('T', ' ').slice(0, 16)}</td>
                <td>{row.action === 'added' ? 'Added' : 'Removed'}</td>
                <td className="mono">{row.e164}</td>
                <td>
                  {kindLabels[row.kind as Kind] ?? row.kind} · {channelLabels[row.channel as Channel] ?? row.channel}
                </td>
                <td>{row.reason}</td>
                <td>{row.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Dialog>
  );
}
