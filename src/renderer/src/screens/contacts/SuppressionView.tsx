import { useEffect, useState } from 'react';
import type { SuppressionEntry } from '../../../../shared/contract/contacts';
import { api, errorMessage } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { useAppStore } from '../../store';
import { number } from './import-labels';
import {
  AddSuppressionDialog,
  ImportSuppressionDialog,
  RemoveSuppressionDialog,
  SuppressionLogDialog,
} from './SuppressionDialogs';
import { channelLabels, kindLabels } from './suppression-labels';
import { ErrorBanner } from '../../components/ErrorBanner';

const PAGE = 100;

type Open =
  { kind: 'none' } | { kind: 'add' } | { kind: 'import' } | { kind: 'log' } | { kind: 'remove'; entry: SuppressionEntry };

/** Opt-out and DNC entries: searchable, paged, added and removed by hand or imported from a file. */
export function SuppressionView() {
  const revision = useAppStore((s) => s.contacts.revision);
  // Suppression changes the lists' counts too, so a change refreshes everything.
  const contactsChanged = useAppStore((s) => s.contactsChanged);
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<{ total: number; entries: SuppressionEntry[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const close = () => setOpen({ kind: 'none' });

  // Search as the operator types, but not on every keystroke.
  useEffect(() => {
    const timer = setTimeout(() => {
      setQuery(search.trim());
      setOffset(0);
    }, 200);
    return () => clearTimeout(timer);
  }, [search]);

  useEffect(() => {
    let live = true;
    api()
      .suppression.list({ search: query, offset, limit: PAGE })
      .then(
        (next) => live && (setPage(next), setError(null)),
        (err: unknown) => live && setError(errorMessage(err)),
      );
    return () => {
      live = false;
    };
  }, [query, offset, revision]);

  const total = page?.total ?? 0;
  const last = Math.min(offset + PAGE, total);
  return (
    <div className="suppression-view">
      <div className="list-header">
        <h2>Opt-outs and DNC</h2>
        <span className="muted">Numbers here are never sent to, whatever list they are in.</span>
      </div>
      <div className="table-toolbar">
        <input
          type="search"
          className="search-input"
          placeholder="Search numbers, reasons, sources"
          aria-label="Search opt-outs and DNC"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <span className="toolbar-spacer" />
        <button type="button" className="button button--small" onClick={() => setOpen({ kind: 'log' })}>
          History
        </button>
        <button type="button" className="button button--small" onClick={() => setOpen({ kind: 'import' })}>
          Import file…
        </button>
        <button type="button" className="button button--small button--primary" onClick={() => setOpen({ kind: 'add' })}>
          Add number
        </button>
      </div>
      <ErrorBanner message={error} />
      {page && page.total === 0 && !query && (
        <EmptyState title="No opt-outs or DNC numbers yet">
          <p>
            Add a number when someone asks not to be contacted, or import a file: your own opt-out export or a National DNC
            registry download. Opt-out and DNC columns in imported contact files land here too.
          </p>
        </EmptyState>
      )}
      {page && page.total === 0 && query && <p className="muted">Nothing matches “{query}”.</p>}
      {page && page.total > 0 && (
        <>
          <table className="data-table" data-testid="suppression-table">
            <thead>
              <tr>
                <th scope="col">Number</th>
                <th scope="col">List</th>
                <th scope="col">Channel</th>
                <th scope="col">Reason</th>
                <th scope="col">Source</th>
                <th scope="col">Added</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {page.entries.map((entry) => (
                <tr key={entry.id}>
                  <td className="mono">{entry.e164}</td>
                  <td>{kindLabels[entry.kind]}</td>
                  <td>{channelLabels[entry.channel]}</td>
                  <td>{entry.reason}</td>
                  <td>{entry.source}</td>
                  <td>{entry.addedAt.slice(0, 10)}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={`Remove ${entry.e164} from ${kindLabels[entry.kind]}`}
                      onClick={() => setOpen({ kind: 'remove', entry })}
                    >
                      Remove…
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="pager">
            <span className="muted">
              {number(offset + 1)}–{number(last)} of {number(total)}
            </span>
            <button
              type="button"
              className="button button--small"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - PAGE))}
            >
              Previous
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={last >= total}
              onClick={() => setOffset(offset + PAGE)}
            >
              Next
            </button>
          </div>
        </>
      )}
      {open.kind === 'add' && <AddSuppressionDialog onClose={close} onDone={contactsChanged} />}
      {open.kind === 'import' && <ImportSuppressionDialog onClose={close} onDone={contactsChanged} />}
      {open.kind === 'remove' && <RemoveSuppressionDialog entry={open.entry} onClose={close} onDone={contactsChanged} />}
      {open.kind === 'log' && <SuppressionLogDialog onClose={close} />}
    </div>
  );
}
