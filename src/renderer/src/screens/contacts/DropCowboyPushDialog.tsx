import { useEffect, useMemo, useState } from 'react';
import type { ListView } from '../../../../shared/contract/contacts';
import { api, errorMessage } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { useAction } from '../../hooks/useAction';
import { useAppStore } from '../../store';
import { number } from './import-labels';
import { ErrorBanner } from '../../components/ErrorBanner';

type Client = ReturnType<typeof api>['contacts'];
type Pushed = Awaited<ReturnType<Client['pushToDropCowboy']>>;
type Link = Awaited<ReturnType<Client['dropCowboyLists']>>[number];

const SHOWN_REJECTIONS = 50;

/**
 * Push the list's valid contacts to a Drop Cowboy contact list, and manage the lists pushed before
 * (rename, delete) from the same place.
 */
export function DropCowboyPushDialog({ list, onClose }: { list: ListView; onClose: () => void }) {
  const allProfiles = useAppStore((s) => s.accounts.profiles);
  const profiles = useMemo(() => allProfiles.filter((p) => p.provider === 'dropcowboy'), [allProfiles]);
  const [profileId, setProfileId] = useState(profiles[0]?.id ?? '');
  const [name, setName] = useState(list.name);
  const { busy, error, setError, run } = useAction();
  const [result, setResult] = useState<Pushed | null>(null);
  const [links, setLinks] = useState<Link[] | null>(null);
  const [revision, setRevision] = useState(0);
  const profileLabel = (id: string) => allProfiles.find((p) => p.id === id)?.label ?? 'a removed profile';

  useEffect(() => {
    let live = true;
    api()
      .contacts.dropCowboyLists({ listId: list.id })
      .then(
        (next) => live && setLinks(next),
        (err: unknown) => live && setError(errorMessage(err)),
      );
    return () => {
      live = false;
    };
  }, [list.id, revision, setError]);

  const push = () =>
    run(async () => {
      setResult(await api().contacts.pushToDropCowboy({ listId: list.id, profileId, name }));
      setRevision((r) => r + 1);
    });

  return (
    <Dialog
      title="Push to Drop Cowboy"
      onClose={onClose}
      testId="push-dropcowboy"
      wide
      description={
        <p>
          Creates a Drop Cowboy contact list from the valid contacts of “{list.name}”, 10,000 at a time. Numbers on an opt-out or
          DNC list are left out.
        </p>
      }
    >
      <div className="form">
        {profiles.length === 0 ? (
          <p className="banner banner--error">Add a Drop Cowboy profile under Accounts first.</p>
        ) : (
          !result && (
            <div className="form-grid">
              <SelectField label="Profile" value={profileId} onChange={(e) => setProfileId(e.target.value)} data-autofocus>
                {profiles.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label} ({p.kind === 'sandbox' ? 'sandbox' : 'LIVE'})
                  </option>
                ))}
              </SelectField>
              <Field label="Name in Drop Cowboy" value={name} onChange={(e) => setName(e.target.value)} maxLength={120} />
            </div>
          )
        )}
        {busy && <p className="muted">Sending {number(list.valid)} contacts…</p>}
        <ErrorBanner message={error} />
        {result && <PushResult result={result} />}
        <PushedLists links={links} profileLabel={profileLabel} onChanged={() => setRevision((r) => r + 1)} onError={setError} />
        <footer className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {result ? 'Close' : 'Cancel'}
          </button>
          {!result && profiles.length > 0 && (
            <button
              type="button"
              className="button button--primary"
              disabled={busy || !profileId || !name.trim()}
              onClick={() => void push()}
            >
              {busy ? 'Pushing…' : 'Push'}
            </button>
          )}
        </footer>
      </div>
    </Dialog>
  );
}

function PushResult({ result }: { result: Pushed }) {
  const shown = result.rejected.slice(0, SHOWN_REJECTIONS);
  return (
    <div role="status" data-testid="push-result">
      <p>
        Sent {number(result.sent)}; Drop Cowboy accepted {number(result.accepted)} and refused {number(result.rejected.length)}.
        {result.suppressed > 0 && ` ${number(result.suppressed)} opted-out or DNC numbers were left out.`}
      </p>
      {shown.length > 0 && (
        <table className="data-table" aria-label="Rows Drop Cowboy refused">
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Phone</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r, i) => (
              <tr key={i}>
                <td className="number">{r.line ?? '—'}</td>
                <td className="mono">{r.phone}</td>
                <td>{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result.rejected.length > shown.length && (
        <p className="muted">
          …and {number(result.rejected.length - shown.length)} more. Filter the list by invalid numbers to review them.
        </p>
      )}
    </div>
  );
}

type Editing = { kind: 'rename'; link: Link; name: string } | { kind: 'delete'; link: Link } | null;

/** The Drop Cowboy lists made from this list: rename or delete them there. */
function PushedLists({
  links,
  profileLabel,
  onChanged,
  onError,
}: {
  links: Link[] | null;
  profileLabel: (id: string) => string;
  onChanged: () => void;
  onError: (message: string | null) => void;
}) {
  const notify = useAppStore((s) => s.notify);
  const [editing, setEditing] = useState<Editing>(null);
  const [busy, setBusy] = useState(false);
  if (!links || links.length === 0) return null;

  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    onError(null);
    try {
      await action();
      notify('success', done);
      setEditing(null);
      onChanged();
    } catch (err) {
      onError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-label="Pushed before">
      <h3 className="section-title">Pushed before</h3>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Name in Drop Cowboy</th>
            <th scope="col">Profile</th>
            <th scope="col" className="number">
              Contacts there
            </th>
            <th scope="col">Pushed</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {links.map((link) => {
            const mine = editing?.link.dropCowboyListId === link.dropCowboyListId ? editing : null;
            return (
              <tr key={link.dropCowboyListId}>
                <td>
                  {mine?.kind === 'rename' ? (
                    <input
                      className="search-input"
                      aria-label={`New name for ${link.name}`}
                      value={mine.name}
                      maxLength={120}
                      autoFocus
                      onChange={(e) => setEditing({ ...mine, name: e.target.value })}
                    />
                  ) : (
                    link.name
                  )}
                </td>
                <td>{profileLabel(link.profileId)}</td>
                <td className="number">{link.contactCount === null ? 'unknown' : number(link.contactCount)}</td>
                <td>{link.pushedAt.slice(0, 10)}</td>
                <td>
                  <div className="row-actions">
                    {mine?.kind === 'rename' && (
                      <>
                        <button
                          type="button"
                          className="button button--small button--primary"
                          disabled={busy || !mine.name.trim()}
                          onClick={() =>
                            void run(
                              () =>
                                api().contacts.renameDropCowboyList({
                                  profileId: link.profileId,
                                  dropCowboyListId: link.dropCowboyListId,
                                  name: mine.name,
                                }),
                              `Renamed to “${mine.name.trim()}” in Drop Cowboy.`,
                            )
                          }
                        >
                          Save
                        </button>
                        <button type="button" className="button button--small" onClick={() => setEditing(null)}>
                          Cancel
                        </button>
                      </>
                    )}
                    {mine?.kind === 'delete' && (
                      <>
                        <span>Delete it in Drop Cowboy?</span>
                        <button type="button" className="button button--small" onClick={() => setEditing(null)} autoFocus>
                          Keep
                        </button>
                        <button
                          type="button"
                          className="button button--small button--danger"
                          disabled={busy}
                          onClick={() =>
                            void run(
                              () =>
                                api().contacts.deleteDropCowboyList({
                                  profileId: link.profileId,
                                  dropCowboyListId: link.dropCowboyListId,
                                }),
                              `Deleted “${link.name}” in Drop Cowboy. The contacts here are untouched.`,
                            )
                          }
                        >
                          Delete
                        </button>
                      </>
                    )}
                    {!mine && (
                      <>
                        <button
                          type="button"
                          className="button button--small"
                          aria-label={`Rename ${link.name} in Drop Cowboy`}
                          onClick={() => setEditing({ kind: 'rename', link, name: link.name })}
                        >
                          Rename
                        </button>
                        <button
                          type="button"
                          className="button button--small button--danger"
                          aria-label={`Delete ${link.name} in Drop Cowboy`}
                          onClick={() => setEditing({ kind: 'delete', link })}
                        >
                          Delete
                        </button>
                      </>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
