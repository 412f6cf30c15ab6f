import { useCallback, useEffect, useRef, useState } from 'react';
import type { ContactQuery, ContactRow } from '../../../../shared/contract/contacts';
import { api, errorMessage } from '../../api/client';

const PAGE = 200;
/** Pages kept around the view (12,000 rows): a long scroll through a million rows holds no more. */
const MAX_PAGES = 60;

interface WindowState {
  key: string;
  total: number | null;
  pages: ReadonlyMap<number, ContactRow[]>;
  error: string | null;
}

const empty = (key: string): WindowState => ({ key, total: null, pages: new Map(), error: null });

/** Keep the pages nearest the one just loaded. */
function trim(pages: Map<number, ContactRow[]>, around: number): void {
  if (pages.size <= MAX_PAGES) return;
  const farthest = [...pages.keys()].sort((a, b) => Math.abs(b - around) - Math.abs(a - around));
  for (const page of farthest.slice(0, pages.size - MAX_PAGES)) pages.delete(page);
}

/**
 * The rows of a query, fetched a page at a time as the table scrolls to them, and forgotten when the
 * query or the data changes, or when they are far from the view.
 */
export function useContactWindow(query: ContactQuery, revision: number) {
  const key = JSON.stringify(query) + ':' + revision;
  const [state, setState] = useState<WindowState>(() => empty(key));
  const inFlight = useRef(new Set<string>());
  const latest = useRef({ query, state });
  useEffect(() => {
    latest.current = { query, state };
  });

  // A new query or new data starts from an empty window.
  const current = state.key === key ? state : empty(key);

  const ensure = useCallback(
    (from: number, to: number) => {
      for (let page = Math.floor(from / PAGE); page <= Math.floor(Math.max(from, to) / PAGE); page++) {
        const id = `${key}#${page}`;
        const held = latest.current.state.key === key && latest.current.state.pages.has(page);
        if (held || inFlight.current.has(id)) continue;
        inFlight.current.add(id);
        api()
          .contacts.page({ query: latest.current.query, offset: page * PAGE, limit: PAGE })
          .then((result) =>
            setState((prev) => {
              const base = prev.key === key ? prev : empty(key);
              const pages = new Map(base.pages);
              pages.set(page, result.rows);
              trim(pages, page);
              return { ...base, total: result.total, pages };
            }),
          )
          .catch((err: unknown) => setState((prev) => ({ ...(prev.key === key ? prev : empty(key)), error: errorMessage(err) })))
          .finally(() => inFlight.current.delete(id));
      }
    },
    [key],
  );

  const rowAt = (index: number): ContactRow | undefined => current.pages.get(Math.floor(index / PAGE))?.[index % PAGE];
  return { total: current.total, error: current.error, ensure, rowAt, loaded: current.pages.size > 0 };
}
