import { useEffect, useState } from 'react';
import type { ListView } from '../../../../shared/contract/contacts';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useAppStore } from '../../store';
import { ContactsTable } from './ContactsTable';
import { DropZone } from './DropZone';
import { ImportWizard } from './ImportWizard';
import { number } from './import-labels';
import { DropCowboyPushDialog } from './DropCowboyPushDialog';
import { ListNameDialog, MergeListsDialog } from './ListDialogs';
import { SuppressionView } from './SuppressionView';

type Open =
  | { kind: 'none' }
  | { kind: 'import'; file: File | null }
  | { kind: 'new' }
  | { kind: 'rename'; list: ListView }
  | { kind: 'merge'; list: ListView }
  | { kind: 'push'; list: ListView }
  | { kind: 'delete'; list: ListView };

export function ContactsScreen() {
  const contacts = useAppStore((s) => s.contacts);
  const loadLists = useAppStore((s) => s.loadLists);
  const showList = useAppStore((s) => s.showList);
  const showSuppression = useAppStore((s) => s.showSuppression);
  const contactsChanged = useAppStore((s) => s.contactsChanged);
  const notify = useAppStore((s) => s.notify);
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const close = () => setOpen({ kind: 'none' });

  useEffect(() => void loadLists(), [loadLists]);

  const view = contacts.view;
  const current = view.kind === 'list' ? contacts.lists.find((l) => l.id === view.listId) : undefined;
  const importButton = (
    <button type="button" className="button button--primary" onClick={() => setOpen({ kind: 'import', file: null })}>
      Import CSV
    </button>
  );

  return (
    <>
      <ScreenHeader
        title="Contacts"
        summary="Lists prepared offline: numbers normalised, duplicates merged, opt-outs and DNC kept."
        actions={importButton}
      />
      {contacts.status === 'error' && (
        <p className="banner banner--error" role="alert">
          {contacts.error}
        </p>
      )}
      {contacts.status === 'ready' && contacts.lists.length === 0 && view.kind !== 'suppression' ? (
        <EmptyState title="No contact lists yet">
          <p>
            Import a CSV export from your CRM or spreadsheet. Nothing is sent anywhere: contacts stay on this computer until you
            send.
          </p>
          <DropZone onFile={(file) => setOpen({ kind: 'import', file })} />
          <p>
            <button type="button" className="button button--small" onClick={() => setOpen({ kind: 'new' })}>
              Or create an empty list
            </button>{' '}
            <button type="button" className="button button--small" onClick={showSuppression}>
              Manage opt-outs and DNC
            </button>
          </p>
        </EmptyState>
      ) : (
        <div className="contacts-layout">
          <nav className="lists-panel" aria-label="Contact lists">
            <ul>
              {contacts.lists.map((list) => (
                <li key={list.id}>
                  <button
                    type="button"
                    className={`list-item${current?.id === list.id ? ' list-item--active' : ''}`}
                    aria-current={current?.id === list.id ? 'true' : undefined}
                    onClick={() => showList(list.id)}
                  >
                    <span className="list-item__name">{list.name}</span>
                    <span className="muted">
                      {number(list.total)}
                      {list.invalid > 0 ? ` · ${number(list.invalid)} invalid` : ''}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" className="button button--small" onClick={() => setOpen({ kind: 'new' })}>
              New list
            </button>
            <button
              type="button"
              className={`list-item list-item--suppression${view.kind === 'suppression' ? ' list-item--active' : ''}`}
              aria-current={view.kind === 'suppression' ? 'true' : undefined}
              onClick={showSuppression}
            >
              Opt-outs and DNC
            </button>
          </nav>
          <section className="contacts-main" aria-label={current ? current.name : 'Opt-outs and DNC'}>
            {view.kind === 'suppression' && <SuppressionView />}
            {current && (
              <>
                <div className="list-header">
                  <h2>{current.name}</h2>
                  <span className="muted">
                    {number(current.valid)} valid · {number(current.invalid)} invalid
                  </span>
                  <span className="toolbar-spacer" />
                  <button type="button" className="button button--small" onClick={() => setOpen({ kind: 'push', list: current })}>
                    Push to Drop Cowboy
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => setOpen({ kind: 'rename', list: current })}
                  >
                    Rename
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => setOpen({ kind: 'merge', list: current })}
                  >
                    Merge…
                  </button>
                  <button
                    type="button"
                    className="button button--small button--danger"
                    onClick={() => setOpen({ kind: 'delete', list: current })}
                  >
                    Delete list
                  </button>
                </div>
                <ContactsTable key={current.id} list={current} />
              </>
            )}
          </section>
        </div>
      )}
      {open.kind === 'import' && <ImportWizard initialFile={open.file} onClose={close} />}
      {open.kind === 'new' && <ListNameDialog list={null} onClose={close} />}
      {open.kind === 'rename' && <ListNameDialog list={open.list} onClose={close} />}
      {open.kind === 'merge' && <MergeListsDialog target={open.list} lists={contacts.lists} onClose={close} />}
      {open.kind === 'push' && <DropCowboyPushDialog list={open.list} onClose={close} />}
      {open.kind === 'delete' && (
        <ConfirmDialog
          title={`Delete “${open.list.name}”?`}
          confirmLabel="Delete list"
          busyLabel="Deleting…"
          onClose={close}
          testId="delete-list"
          onConfirm={async () => {
            const { deleted } = await api().contacts.deleteList({ listId: open.list.id });
            notify(
              'success',
              `Deleted “${open.list.name}” and its ${number(deleted)} contacts. Opt-outs, DNC and consent records are kept.`,
            );
            await contactsChanged();
          }}
        >
          <p>
            Its {number(open.list.total)} contacts are deleted. Opt-out, DNC and consent records for their numbers are kept. This
            cannot be undone; export the list first if you may need it.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
