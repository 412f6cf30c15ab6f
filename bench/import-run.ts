/**
 * One measurement of bench/import.ts, run in a fresh process (so its peak memory is its own) from
 * an esbuild bundle, as the app runs its import code. Prints one JSON line.
 *   node import-run.js <import|papaparse|naive|differential|seed> <csv> [db]
 */
import Papa from 'papaparse';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { execFileSync } from 'node:child_process';
import { createReadStream, rmSync } from 'node:fs';
import { importWithWriter } from '../src/main/core/contacts/import/run-import';
import { normalizePhone } from '../src/main/core/contacts/phone/normalize-phone';
import { openDatabase, type Db } from '../src/main/core/storage/database';

const [mode, csv, dbPath] = process.argv.slice(2) as [string, string, string | undefined];
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

function papaparse(step: (row: Record<string, string>) => void): Promise<number> {
  let rows = 0;
  return new Promise((resolve, reject) => {
    Papa.parse<Record<string, string>>(createReadStream(csv), {
      header: true,
      skipEmptyLines: true,
      step: (result) => {
        rows++;
        step(result.data);
      },
      complete: () => resolve(rows),
      error: reject,
    });
  });
}

/**
 * A business's suppression lists before the import: every 50th number of the file's first
 * 100,000 rows opted out, and 200,000 DNC numbers that mostly are not in the file, so the
 * import checks every row against a realistic table. Returns how many file numbers are on it.
 */
async function seedSuppressions(db: Db): Promise<number> {
  const onFile = new Set<string>();
  let seen = 0;
  await new Promise<void>((resolve, reject) => {
    Papa.parse<Record<string, string>>(createReadStream(csv), {
      header: true,
      skipEmptyLines: true,
      step: (result, handle) => {
        if (++seen > 100_000) return handle.abort();
        const phone = normalizePhone((result.data['Mobile Phone'] ?? '').trim(), 'US');
        if (phone.ok && seen % 50 === 0) onFile.add(phone.e164);
      },
      complete: () => resolve(),
      error: reject,
    });
  });
  const add = db.prepare(
    `INSERT OR IGNORE INTO suppression (e164, channel, kind, reason, source, added_at) VALUES (?, ?, ?, 'bench', 'bench', '2026-01-01')`,
  );
  db.transaction(() => {
    for (const e164 of onFile) add.run(e164, 'all', 'opt_out');
    for (let i = 0; i < 200_000; i++) add.run(`+1555${String(1_000_000 + i * 7).slice(-7)}`, 'voice', 'dnc');
  })();
  return onFile.size;
}

async function main(): Promise<void> {
  let started = performance.now();
  if (mode === 'papaparse') {
    const rows = await papaparse(() => undefined);
    console.log(JSON.stringify({ mode, rows, seconds: (performance.now() - started) / 1000, peakRssMb: peakRssMb() }));
  } else if (mode === 'naive') {
    // The obvious importer: papaparse, then libphonenumber-js/max on every row.
    let valid = 0;
    const rows = await papaparse((row) => {
      const parsed = parsePhoneNumberFromString(row['Mobile Phone'] ?? '', 'US');
      if (parsed?.isValid()) valid++;
    });
    console.log(JSON.stringify({ mode, rows, valid, seconds: (performance.now() - started) / 1000, peakRssMb: peakRssMb() }));
  } else if (mode === 'differential') {
    // The fast path against the library on every number of the file (not timed).
    let mismatches = 0;
    const examples: string[] = [];
    const rows = await papaparse((row) => {
      const text = (row['Mobile Phone'] ?? '').trim();
      const parsed = text ? parsePhoneNumberFromString(text, 'US') : undefined;
      const ok = parsed?.isValid() ?? false;
      const fast = normalizePhone(text, 'US');
      const same = ok ? fast.ok && fast.e164 === parsed!.number && fast.type === (parsed!.getType() ?? 'UNKNOWN') : !fast.ok;
      if (!same) {
        mismatches++;
        if (examples.length < 5) examples.push(text);
      }
    });
    console.log(JSON.stringify({ mode, rows, mismatches, examples, seconds: (performance.now() - started) / 1000 }));
  } else if (mode === 'seed') {
    const db = openDatabase(dbPath!);
    console.log(await seedSuppressions(db));
    db.close();
  } else {
    for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath! + suffix, { force: true });
    // The app keeps its own connection open while an import runs, so the writer's commit lands
    // in the WAL and SQLite folds it into the database later; timed separately below.
    // Seeded from a child process, so that work stays out of this process's peak memory.
    const onFile = Number(execFileSync(process.execPath, [__filename, 'seed', csv, dbPath!], { encoding: 'utf8' }).trim());
    const app = openDatabase(dbPath!);
    // Clearing the last run's database and seeding the suppression lists are set-up, not import.
    started = performance.now();
    const summary = await importWithWriter(
      {
        path: csv,
        fileName: 'bench.csv',
        encoding: 'utf-8',
        bomLength: 0,
        delimiter: ',',
        hasHeader: true,
        columns: ['First Name', 'Last Name', 'Mobile Phone', 'Email', 'Company', 'City', 'State', 'Zip'],
        targets: ['first_name', 'last_name', 'phone', 'email', 'company', 'city', 'state', 'postal_code'],
        defaultRegion: 'US',
        policy: 'skip',
        list: { name: 'Benchmark' },
        consentChannel: 'all',
      },
      dbPath!,
    );
    const done = performance.now();
    const seconds = (done - started) / 1000;
    // Once it has answered, the writer thread folds the WAL into the database file and leaves;
    // that is timed on its own, up to the moment the thread is gone.
    process.once('beforeExit', () => {
      const checkpointSeconds = (performance.now() - done) / 1000;
      const count = app.prepare('SELECT count(*) FROM contact').pluck().get();
      app.close();
      console.log(JSON.stringify({ mode, summary, seconds, checkpointSeconds, count, onFile, peakRssMb: peakRssMb() }));
    });
  }
}

void main();
