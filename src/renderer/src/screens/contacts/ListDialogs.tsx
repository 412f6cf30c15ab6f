import { useState, type FormEvent } from 'react';
import type { ListView } from '../../../../shared/contract/contacts';
import { api, ApiError, errorMessage } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useAction } from '../../hooks/useAction';
import { useAppStore } from '../../store';
import { number } from './import-labels';
import { ErrorBanner } from '../../components/ErrorBanner';

/** New list, or rename one: a name, checked by main for clashes. */
export function ListNameDialog({ list, onClose }: { list: ListView | null; onClose: () => void }) {
  const [name, setName] = useState(list?.name ?? '');
  const [error, setError] = useState<string | undefined>();
  const contactsChanged = useAppStore((s) => s.contactsChanged);
  const showList = useAppStore((s) => s.showList);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const saved = list ? await api().contacts.renameList({ listId: list.id, name }) : await api().contacts.createList({ name });
      await contactsChanged();
      showList(saved.id);
      onClose();
    } catch (err) {
      setError(err instanceof ApiError ? (err.forField('name') ?? err.message) : errorMessage(err));
    }
  };
  return (
    <Dialog title={list ? `Rename “${list.name}”` : 'New list'} onClose={onClose} testId="list-name">
      <form className="form" onSubmit={(e) => void submit(e)}>
        <Field
          label="List name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={error}
          maxLength={120}
          data-autofocus
        />
        <footer className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            {list ? 'Rename' : 'Create'}
          </button>
        </footer>
      </form>
    </Dialog>
  );
}

/** Merge other lists into this one: numbers it has already are skipped, the others deleted. */
export function MergeListsDialog({ target, lists, onClose }: { target: ListView; lists: ListView[]; onClose: () => void }) {
  const others = lists.filter((l) => l.id !== target.id);
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const { busy, error, run } = useAction();
  const contactsChanged = useAppStore((s) => s.contactsChanged);
  const notify = useAppStore((s) => s.notify);
  const merge = () =>
    run(async () => {
      const result = await api().contacts.mergeLists({ targetId: target.id, sourceIds: [...chosen] });
      notify(
        'success',
        `Moved ${number(result.moved)} contacts into “${target.name}”; ${number(result.duplicates)} were already there.`,
      );
      await contactsChanged();
      onClose();
    });
  return (
    <Dialog
      title={`Merge into “${target.name}”`}
      onClose={onClose}
      testId="merge-lists"
      description={
        <p>
          The chosen lists’ contacts move into “{target.name}”. Numbers it already has are skipped. The chosen lists are then
          deleted.
        </p>
      }
    >
      <fieldset className="choice-group form">
        <legend>Lists to merge in</legend>
        {others.length === 0 && <p className="muted">There is no other list.</p>}
        {others.map((l, i) => (
          <label key={l.id} className="checkbox">
            <input
              type="checkbox"
              checked={chosen.has(l.id)}
              data-autofocus={i === 0 ? true : undefined}
              onChange={() =>
                setChosen((prev) => {
                  const next = new Set(prev);
                  if (next.has(l.id)) next.delete(l.id);
                  else next.add(l.id);
                  return next;
                })
              }
            />{' '}
            {l.name} <span className="muted">({number(l.total)})</span>
          </label>
        ))}
      </fieldset>
      <ErrorBanner message={error} />
      <footer className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={chosen.size === 0 || busy}
          onClick={() => void merge()}
        >
          {busy ? 'Merging…' : `Merge ${chosen.size || ''} list${chosen.size === 1 ? '' : 's'}`}
        </button>
      </footer>
    </Dialog>
  );
}
