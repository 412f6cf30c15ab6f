import { useState, type FormEvent } from 'react';
import type { ContactRow, ListView } from '../../../../shared/contract/contacts';
import { api, ApiError, errorMessage } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { RegionSelect } from '../../components/RegionSelect';
import { useAppStore } from '../../store';
import { targetLabels } from './import-labels';
import { ErrorBanner } from '../../components/ErrorBanner';

/** Edit one contact's values; its phone number is normalised again when saved. */
export function EditContactDialog({
  list,
  contact,
  onClose,
  onSaved,
}: {
  list: ListView;
  contact: ContactRow;
  onClose: () => void;
  onSaved: () => void;
}) {
  const region = useAppStore((s) => s.contacts.region);
  const notify = useAppStore((s) => s.notify);
  const [values, setValues] = useState(list.columns.map((_, i) => contact.values[i] ?? ''));
  const [defaultRegion, setDefaultRegion] = useState(region);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const saved = await api().contacts.updateContact({ contactId: contact.id, values, defaultRegion });
      notify(
        saved.status === 'valid' ? 'success' : 'info',
        saved.status === 'valid'
          ? `Saved. The number is ${saved.e164}.`
          : `Saved, but the number is still unusable: ${saved.reason}`,
      );
      onSaved();
    } catch (err) {
      setError(err instanceof ApiError ? (err.forField('phone') ?? err.message) : errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={`Edit ${contact.name || contact.e164 || 'contact'}`} onClose={onClose} testId="edit-contact">
      <form className="form" onSubmit={(e) => void save(e)}>
        {contact.status === 'invalid' && <p className="banner banner--error">This number is unusable: {contact.reason}</p>}
        <ErrorBanner message={error} />
        <div className="form-grid">
          {list.columns.map((column, i) => {
            const target = list.targets[i] ?? 'custom';
            return (
              <Field
                key={`${column}-${i}`}
                label={target === 'custom' || target === 'ignore' ? column : `${column} (${targetLabels[target]})`}
                value={values[i] ?? ''}
                onChange={(e) => setValues((v) => v.map((old, j) => (j === i ? e.target.value : old)))}
                data-autofocus={i === list.targets.indexOf('phone') ? true : undefined}
              />
            );
          })}
        </div>
        <RegionSelect value={defaultRegion} onChange={setDefaultRegion} label="Country for a number without a country code" />
        <footer className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save'}
          </button>
        </footer>
      </form>
    </Dialog>
  );
}
