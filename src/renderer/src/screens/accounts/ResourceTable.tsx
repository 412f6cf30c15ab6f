import type { ReactNode } from 'react';
import type { ResourceResult } from '../../../../shared/contract/providers';

const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

function Table({ head, rows, empty }: { head: string[]; rows: ReactNode[][]; empty: string }) {
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  return (
    <table className="data-table">
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, i) => (
          <tr key={i}>
            {cells.map((cell, j) => (
              <td key={j}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const id = (value: string) => <code className="selectable">{value}</code>;

export function ResourceTable({ result }: { result: ResourceResult }) {
  switch (result.resource) {
    case 'brands':
      return (
        <Table
          head={['Company', 'Doing business as', 'Registered', 'API allowed', 'Brand ID']}
          rows={result.items.map((b) => [
            b.company_name,
            b.dba_name ?? '—',
            yesNo(b.registered),
            yesNo(b.api_allowed),
            id(b.brand_id),
          ])}
          empty="No brands yet. Register one in Drop Cowboy’s Trust Center."
        />
      );
    case 'recordings':
    case 'media':
      return (
        <Table
          head={['Name', 'Created', 'API allowed', 'ID']}
          rows={result.items.map((m) => [m.name, date.format(new Date(m.created_at)), yesNo(m.api_allowed), id(m.media_id)])}
          empty={result.resource === 'recordings' ? 'No recordings yet.' : 'No media yet.'}
        />
      );
    case 'pools':
      return (
        <Table
          head={['Name', 'Used for', 'Numbers', 'Pool ID']}
          rows={result.items.map((p) => [p.name, p.service_type.toUpperCase(), p.number_count, id(p.pool_id)])}
          empty="No private pools: sends use the public shared pool."
        />
      );
    case 'voices':
      return (
        <>
          <p className="muted">{result.note}</p>
          <Table
            head={['Voice', 'Detail', 'ID']}
            rows={result.items.map((v) => [v.name, v.detail, id(v.id)])}
            empty="No voices."
          />
        </>
      );
    case 'balance':
      return (
        <Table
          head={['Account', 'Balance']}
          rows={result.items.map((a) => [
            a.label,
            `${a.amount.toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${a.unit}`,
          ])}
          empty="No balance reported."
        />
      );
  }
}
