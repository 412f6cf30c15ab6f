import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ContactQuery, ContactRow, ListView } from '../../../../shared/contract/contacts';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAppStore } from '../../store';
import { EditContactDialog } from './EditContactDialog';
import { number } from './import-labels';
import { useContactWindow } from './useContactWindow';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ProgressBar } from '../../components/ProgressBar';
import { useListExport } from './useListExport';

const ROW_HEIGHT = 32;
type Filter = NonNullable<ContactQuery['filter']>;
type SortField = NonNullable<ContactQuery['sort']>['field'];

const filters: Array<[Filter, string]> = [
  ['all', 'All contacts'],
  ['valid', 'Valid numbers'],
  ['invalid', 'Invalid numbers'],
  ['suppressed', 'Opted out or DNC'],
  ['mobile', 'Mobile'],
  ['fixed_line', 'Fixed line'],
  ['fixed_or_mobile', 'Fixed or mobile (US, CA…)'],
  ['other_type', 'Other types'],
];

const typeLabels: Record<string, string> = {
  MOBILE: 'Mobile',
  FIXED_LINE: 'Fixed line',
  FIXED_LINE_OR_MOBILE: 'Fixed or mobile',
  TOLL_FREE: 'Toll free',
  PREMIUM_RATE: 'Premium rate',
  VOIP: 'VoIP',
  TEST_NUMBER: 'Test number',
};

const fixedColumns: Array<{ key: SortField | 'select'; label: string; width: number; sortable: boolean }> = [
  { key: 'select', label: '', width: 40, sortable: false },
  { key: 'line', label: 'Line', width: 70, sortable: true },
  { key: 'status', label: 'Status', width: 110, sortable: true },
  { key: 'phone', label: 'Phone', width: 150, sortable: true },
  { key: 'type', label: 'Type', width: 130, sortable: true },
  { key: 'name', label: 'Name', width: 190, sortable: true },
];
const VALUE_WIDTH = 170;

function StatusBadge({ row }: { row: ContactRow }) {
  if (row.status === 'invalid')
    return (
      <span className="status status--invalid" title={row.reason ?? undefined}>
        Invalid
      </span>
    );
  if (row.suppressed) return <span className="status status--suppressed">Suppressed</span>;
  return <span className="status status--valid">Valid</span>;
}

/** The contacts of one list: virtualised, paged from SQLite, searchable, filterable, sortable, editable. */
export function ContactsTable({ list }: { list: ListView }) {
  const revision = useAppStore((s) => s.contacts.revision);
  const contactsChanged = useAppStore((s) => s.contactsChanged);
  const notify = useAppStore((s) => s.notify);
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState<Filter>('all');
  const [sort, setSort] = useState<{ field: SortField; direction: 'asc' | 'desc' }>({ field: 'line', direction: 'asc' });
  const [active, setActive] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [editing, setEditing] = useState<ContactRow | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<number[] | null>(null);
  const exporter = useListExport();
  const scroller = useRef<HTMLDivElement>(null);

  // Typing settles for a moment before the query runs.
  useEffect(() => {
    const timer = setTimeout(() => setSearch(searchText), 250);
    return () => clearTimeout(timer);
  }, [searchText]);

  const query = useMemo<ContactQuery>(() => ({ listId: list.id, search, filter, sort }), [list.id, search, filter, sort]);
  const rows = useContactWindow(query, revision);
  const total = rows.total ?? 0;

  // The app does not use the React Compiler, so the virtualizer's unmemoisable functions are fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 20,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { ensure, loaded } = rows;
  useEffect(() => {
    if (!loaded) return ensure(first, last + 1);
    // While the scrollbar is dragged, only the rows where it rests are fetched.
    const timer = setTimeout(() => ensure(first, last + 1), 16);
    return () => clearTimeout(timer);
  }, [ensure, first, last, loaded]);

  const template = `${fixedColumns.map((c) => `${c.width}px`).join(' ')} ${list.columns.map(() => `${VALUE_WIDTH}px`).join(' ')}`;
  const width = fixedColumns.reduce((w, c) => w + c.width, 0) + list.columns.length * VALUE_WIDTH;

  const toggleSort = (field: SortField) =>
    setSort((s) =>
      s.field === field ? { field, direction: s.direction === 'asc' ? 'desc' : 'asc' } : { field, direction: 'asc' },
    );
  const toggleSelected = (id: number) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const moveTo = (index: number) => {
    const clamped = Math.max(0, Math.min(total - 1, index));
    setActive(clamped);
    virtualizer.scrollToIndex(clamped, { align: 'auto' });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 320) / ROW_HEIGHT) - 1);
    const row = rows.rowAt(active);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(active + 1),
      ArrowUp: () => moveTo(active - 1),
      PageDown: () => moveTo(active + page),
      PageUp: () => moveTo(active - page),
      Home: () => moveTo(0),
      End: () => moveTo(total - 1),
      Enter: () => row && setEditing(row),
      ' ': () => row && toggleSelected(row.id),
      Delete: () => setConfirmDelete(selected.size > 0 ? [...selected] : row ? [row.id] : []),
    };
    const action = keys[event.key];
    if (!action || total === 0) return;
    event.preventDefault();
    action();
  };

  const countText =
    rows.total === null
      ? 'Counting…'
      : search || filter !== 'all'
        ? `${number(total)} of ${number(list.total)} contacts match`
        : `${number(total)} contacts`;

  return (
    <div className="contacts-table">
      <div className="table-toolbar" role="search">
        <input
          type="search"
          className="search-input"
          placeholder="Search names, numbers, emails…"
          aria-label="Search contacts"
          value={searchText}
          onChange={(e) => setSearchText(e.target.value)}
        />
        <select aria-label="Show" value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
          {filters.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <span className="muted" aria-live="polite" data-testid="contact-count">
          {countText}
        </span>
        <span className="toolbar-spacer" />
        {selected.size > 0 && (
          <button type="button" className="button button--small button--danger" onClick={() => setConfirmDelete([...selected])}>
            Delete {number(selected.size)} selected
          </button>
        )}
        {exporter.exporting && (
          <span className="export-progress" data-testid="export-progress">
            <ProgressBar
              value={exporter.progress && exporter.progress.total > 0 ? exporter.progress.rows / exporter.progress.total : null}
              label="Export progress"
            />
            <span className="muted">
              {exporter.progress ? `${number(exporter.progress.rows)} of ${number(exporter.progress.total)}` : 'Starting…'}
            </span>
          </span>
        )}
        <button
          type="button"
          className="button button--small"
          onClick={() => void exporter.start(query)}
          disabled={exporter.exporting || total === 0}
        >
          {exporter.exporting ? 'Exporting…' : 'Export CSV'}
        </button>
      </div>
      <ErrorBanner message={rows.error} />
      <div
        ref={scroller}
        className="grid-scroller"
        role="grid"
        aria-label={`Contacts of ${list.name}`}
        aria-rowcount={total + 1}
        aria-colcount={fixedColumns.length + list.columns.length}
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-testid="contacts-grid"
        data-painted={rows.loaded ? 'yes' : 'no'}
      >
        <div className="grid-header" role="row" aria-rowindex={1} style={{ gridTemplateColumns: template, width }}>
          {fixedColumns.map((column) => (
            <div
              key={column.key}
              role="columnheader"
              aria-sort={
                column.sortable && sort.field === column.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined
              }
            >
              {column.sortable ? (
                <button type="button" className="sort-button" onClick={() => toggleSort(column.key as SortField)} tabIndex={-1}>
                  {column.label}
                  {sort.field === column.key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                </button>
              ) : (
                column.label
              )}
            </div>
          ))}
          {list.columns.map((name, i) => (
            <div key={`${name}-${i}`} role="columnheader" title={name}>
              {name}
            </div>
          ))}
        </div>
        {total === 0 && rows.total !== null && (
          <p className="grid-empty">
            {search || filter !== 'all' ? 'No contact matches. Try another search or filter.' : 'This list is empty.'}
          </p>
        )}
        <div className="grid-body" style={{ height: virtualizer.getTotalSize(), width }}>
          {items.map((item) => {
            const row = rows.rowAt(item.index);
            const isActive = item.index === active;
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={row ? selected.has(row.id) : undefined}
                className={`grid-row${isActive ? ' grid-row--active' : ''}${row && selected.has(row.id) ? ' grid-row--selected' : ''}`}
                style={{ transform: `translateY(${item.start}px)`, gridTemplateColumns: template, width }}
                onClick={() => setActive(item.index)}
                onDoubleClick={() => row && setEditing(row)}
              >
                {row ? (
                  <>
                    <div role="gridcell">
                      <input
                        type="checkbox"
                        aria-label={`Select ${row.name || row.e164 || 'contact'}`}
                        checked={selected.has(row.id)}
                        onChange={() => toggleSelected(row.id)}
                        tabIndex={-1}
                      />
                    </div>
                    <div role="gridcell" className="number">
                      {row.line ?? ''}
                    </div>
                    <div role="gridcell">
                      <StatusBadge row={row} />
                    </div>
                    <div role="gridcell" className="mono" title={row.reason ?? undefined}>
                      {row.e164 ?? <span className="muted">{row.reason}</span>}
                    </div>
                    <div role="gridcell">{row.phoneType ? (typeLabels[row.phoneType] ?? row.phoneType) : ''}</div>
                    <div role="gridcell">{row.name}</div>
                    {list.columns.map((_, i) => (
                      <div key={i} role="gridcell" title={row.values[i]}>
                        {row.values[i]}
                      </div>
                    ))}
                  </>
                ) : (
                  <div role="gridcell" className="muted grid-loading">
                    Loading…
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
      <p className="muted table-help">↑↓ move · Enter edits · Space selects · Delete removes</p>
      {editing && (
        <EditContactDialog
          list={list}
          contact={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void contactsChanged();
          }}
        />
      )}
      {confirmDelete && confirmDelete.length > 0 && (
        <ConfirmDialog
          title={`Delete ${number(confirmDelete.length)} contact${confirmDelete.length === 1 ? '' : 's'}?`}
          confirmLabel="Delete"
          busyLabel="Deleting…"
          onClose={() => setConfirmDelete(null)}
          onConfirm={async () => {
            // The channel takes at most 10,000 ids a call.
            let deleted = 0;
            for (let i = 0; i < confirmDelete.length; i += 10_000) {
              deleted += (await api().contacts.deleteContacts({ contactIds: confirmDelete.slice(i, i + 10_000) })).deleted;
            }
            setSelected(new Set());
            notify(
              'success',
              `Deleted ${number(deleted)} contact${deleted === 1 ? '' : 's'}. Their opt-outs and DNC entries are kept.`,
            );
            await contactsChanged();
          }}
        >
          <p>They are removed from “{list.name}”. Opt-out and DNC entries for their numbers stay in place.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
