import { useEffect, useRef, useState, type FormEvent } from 'react';
import { newProfileSchema, type ProfileView } from '../../../../shared/contract/accounts';
import { providerIds, providers, type ProfileKind, type ProviderId } from '../../../../shared/providers';
import { ApiError, errorMessage } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useAppStore } from '../../store';
import { SecretField } from './SecretField';
import { ErrorBanner } from '../../components/ErrorBanner';

type Mode = { kind: 'add' } | { kind: 'edit'; profile: ProfileView };
type Errors = Partial<Record<'label' | 'identifier' | 'secret' | 'form', string>>;

/** Field messages from a zod or main-side validation failure, keyed by form field. */
function errorsFrom(issues: ReadonlyArray<{ path: string; message: string }>, fallback: string): Errors {
  const errors: Errors = {};
  for (const issue of issues) {
    const key = issue.path as keyof Errors;
    if (key === 'label' || key === 'identifier' || key === 'secret') errors[key] ??= issue.message;
    else errors.form ??= issue.message;
  }
  if (Object.keys(errors).length === 0) errors.form = fallback;
  return errors;
}

export function ProfileFormDialog({ mode, onClose }: { mode: Mode; onClose: () => void }) {
  const editing = mode.kind === 'edit' ? mode.profile : null;
  const addProfile = useAppStore((s) => s.addProfile);
  const updateProfile = useAppStore((s) => s.updateProfile);
  const notify = useAppStore((s) => s.notify);

  const [provider, setProvider] = useState<ProviderId>(editing?.provider ?? 'dropcowboy');
  const [label, setLabel] = useState(editing?.label ?? '');
  const [kind, setKind] = useState<ProfileKind>(editing?.kind ?? 'sandbox');
  const [identifier, setIdentifier] = useState(editing?.identifier ?? '');
  const [secret, setSecret] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const descriptor = providers[provider];
  const form = useRef<HTMLFormElement>(null);

  // After a failed submit, put the cursor in the first field that needs fixing.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    try {
      setBusy(true);
      if (editing) {
        await updateProfile({ id: editing.id, label, kind, ...(descriptor.identifier ? { identifier } : {}) });
        notify('success', `Saved “${label.trim()}”.`);
      } else {
        const draft = { provider, label, kind, secret, ...(descriptor.identifier ? { identifier } : {}) };
        // Same schema main checks with, so mistakes are shown before anything leaves the page.
        const parsed = newProfileSchema.safeParse(draft);
        if (!parsed.success) {
          const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
          setErrors(errorsFrom(issues, 'Check the form.'));
          return;
        }
        await addProfile(parsed.data);
        notify('success', `Added ${descriptor.name} profile “${parsed.data.label}”. Its secret is in your OS keychain.`);
      }
      onClose();
    } catch (error) {
      setErrors(error instanceof ApiError ? errorsFrom(error.issues, error.message) : { form: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={editing ? `Edit “${editing.label}”` : 'Add a provider profile'} onClose={onClose} testId="profile-form">
      <form ref={form} className="form" onSubmit={(e) => void submit(e)} noValidate>
        <ErrorBanner message={errors.form} />
        {!editing && (
          <fieldset className="choice-group choice-group--three">
            <legend>Provider</legend>
            {providerIds.map((id) => (
              <label key={id} className={`choice${provider === id ? ' choice--selected' : ''}`}>
                <input type="radio" name="provider" value={id} checked={provider === id} onChange={() => setProvider(id)} />
                <span className="choice__title">{providers[id].name}</span>
                <span className="choice__detail">{providers[id].offers}</span>
              </label>
            ))}
          </fieldset>
        )}
        <Field
          label="Profile name"
          value={label}
          onChange={(e) => setLabel(e.target.value)}
          placeholder="e.g. Main account"
          error={errors.label}
          data-autofocus
          maxLength={60}
        />
        <fieldset className="choice-group choice-group--row">
          <legend>Kind</legend>
          <label className={`choice${kind === 'sandbox' ? ' choice--selected' : ''}`}>
            <input type="radio" name="kind" value="sandbox" checked={kind === 'sandbox'} onChange={() => setKind('sandbox')} />
            <span className="choice__title">Sandbox</span>
            <span className="choice__detail">For trying things out. Nothing reaches a real phone.</span>
          </label>
          <label className={`choice choice--live${kind === 'live' ? ' choice--selected' : ''}`}>
            <input type="radio" name="kind" value="live" checked={kind === 'live'} onChange={() => setKind('live')} />
            <span className="choice__title">Live</span>
            <span className="choice__detail">Real sends to real phones, charged to your account.</span>
          </label>
        </fieldset>
        {descriptor.identifier && (
          <Field
            label={descriptor.identifier.label}
            value={identifier}
            onChange={(e) => setIdentifier(e.target.value)}
            placeholder={descriptor.identifier.placeholder}
            help={descriptor.identifier.help}
            error={errors.identifier}
            autoComplete="off"
            spellCheck={false}
          />
        )}
        {!editing && (
          <SecretField
            label={descriptor.secret.label}
            help={descriptor.secret.help}
            value={secret}
            onChange={setSecret}
            error={errors.secret}
          />
        )}
        <footer className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Saving…' : editing ? 'Save changes' : 'Add profile'}
          </button>
        </footer>
      </form>
    </Dialog>
  );
}
