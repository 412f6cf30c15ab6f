/**
 * `npm run bench:table`: the contacts table at 1,000,000 rows in the browser harness: the real
 * renderer build in Debian's Chromium, the real main-process handlers behind the bridge, the list
 * imported by the real pipeline. Timings are taken inside the page, from the click to the frame
 * after the rows are in the DOM (the first paint that shows them).
 *   npm run bench:table -- --rows 1000000 --runs 5
 */
import { chromium, type Page } from '@playwright/test';
import keytar from 'keytar';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startHarness } from '../src/harness/server';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createKeytarStore } from '../src/main/core/secrets/keytar-store';
import { chromiumArgs, chromiumPath } from '../tests/helpers/chromium';
import { generateContactsCsv } from './generate-contacts';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '5' } },
});
const rows = Number(values.rows);
const runs = Math.max(2, Number(values.runs));
const csv = join(__dirname, '.tmp', `contacts-${rows}.csv`);
const TARGET_MS = 300;

/**
 * In the page: run an action, then wait for the grid's first row to show something other than
 * `before`, and for the frame after it (the one that paints it). Plain JavaScript in a string: the
 * page must not see the helpers tsx adds to compiled functions.
 */
const inPage = `
  ([actionName, before]) => new Promise((resolve, reject) => {
    const firstRow = () => document.querySelector('[data-testid=contacts-grid][data-painted=yes] [role=row][aria-rowindex] [role=gridcell] + [role=gridcell]')?.parentElement?.textContent ?? '';
    const start = performance.now();
    const observer = new MutationObserver(() => {
      const text = firstRow();
      if (text === '' || text === before) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    setTimeout(() => reject(new Error(actionName + ': no rows after 30 s')), 30000);
    const click = (selector, text) => [...document.querySelectorAll(selector)].find((el) => el.textContent.includes(text)).click();
    const grid = () => document.querySelector('[data-testid=contacts-grid]');
    const actions = {
      open: () => click('nav .nav-item', 'Contacts'),
      end: () => {
        grid().focus();
        grid().dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
      },
      middle: () => { grid().scrollTop = grid().scrollHeight / 2; },
      sortPhone: () => click('.sort-button', 'Phone'),
    };
    actions[actionName]();
  })`;

async function timeUntilRows(page: Page, action: 'open' | 'end' | 'middle' | 'sortPhone', before = ''): Promise<number> {
  const fn = await page.evaluateHandle(inPage);
  return (await fn.evaluate((f: (args: [string, string]) => Promise<number>, args) => f(args), [action, before] as [
    string,
    string,
  ])) as number;
}

const firstRow = (page: Page): Promise<string> =>
  page.evaluate(
    "document.querySelector('[data-testid=contacts-grid] [role=row][aria-rowindex] [role=gridcell] + [role=gridcell]')?.parentElement?.textContent ?? ''",
  );

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0).padStart(5)} ms`;

async function main(): Promise<void> {
  mkdirSync(join(__dirname, '.tmp'), { recursive: true });
  if (!existsSync(csv)) {
    process.stdout.write(`generating ${rows.toLocaleString('en-US')} rows… `);
    await generateContactsCsv(csv, rows);
    console.log('done');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-bench-table-'));
  const service = `Switchboard bench ${process.pid}`;
  const harness = await startHarness({ dataDir, secrets: createKeytarStore({ service }), seedSandbox: false });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const call = async <T>(channel: string, input?: unknown): Promise<T> => {
      const result = await harness.core.dispatcher.dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value as T;
    };
    process.stdout.write('importing… ');
    const { fileId } = harness.core.files.register(csv, 'contacts.csv');
    const preview = await call<{ encoding: string; delimiter: string; hasHeader: boolean; targets: string[] }>(
      'contacts:preview',
      { fileId },
    );
    const { jobId } = await call<{ jobId: string }>('contacts:startImport', {
      fileId,
      encoding: preview.encoding,
      delimiter: preview.delimiter,
      hasHeader: preview.hasHeader,
      targets: preview.targets,
      defaultRegion: 'US',
      policy: 'skip',
      list: { name: 'Million' },
    });
    const job = await harness.core.imports.finished(jobId);
    const listed = job.summary!.imported + job.summary!.invalid;
    console.log(`${listed.toLocaleString('en-US')} contacts in the list`);

    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const open: number[] = [];
    const end: number[] = [];
    const middle: number[] = [];
    const sort: number[] = [];
    const stalls: number[] = [];
    for (let i = 0; i < runs; i++) {
      // A fresh renderer each time: nothing cached in the page.
      await page.goto('about:blank');
      await page.goto(harness.url);
      await page.locator('html[data-app-state="loaded"]').waitFor({ state: 'attached' });
      open.push(await timeUntilRows(page, 'open'));
      end.push(await timeUntilRows(page, 'end', await firstRow(page)));
      middle.push(await timeUntilRows(page, 'middle', await firstRow(page)));
      await page.evaluate("document.querySelector('.grid-scroller').scrollTop = 0");
      await page.waitForTimeout(200);
      // How long the main process's event loop stalls while the view is sorted: it should not,
      // since the sort runs on the reader thread (and IPC, sends and callbacks go on meanwhile).
      const stall = monitorEventLoopDelay({ resolution: 10 });
      stall.enable();
      sort.push(await timeUntilRows(page, 'sortPhone', await firstRow(page)));
      stall.disable();
      stalls.push(stall.max / 1e6);
    }
    const count = await page.getByTestId('contact-count').textContent();
    const firstPaint = median(open);
    console.log(`
Contacts table benchmark: ${count} in the browser harness (Chromium), ${runs} run(s), median [min–max]

  open the list: first paint of its rows   ${ms(firstPaint)}  [${Math.min(...open).toFixed(0)}–${Math.max(...open).toFixed(0)}]   target < ${TARGET_MS} ms   ${firstPaint < TARGET_MS ? 'PASS' : 'FAIL'}
  End key: the last rows painted           ${ms(median(end))}  [${Math.min(...end).toFixed(0)}–${Math.max(...end).toFixed(0)}]
  scrollbar to the middle: rows painted    ${ms(median(middle))}  [${Math.min(...middle).toFixed(0)}–${Math.max(...middle).toFixed(0)}]
  sort by phone, first time: rows painted  ${ms(sort[0]!)}   (sorts a million ids on the reader thread)
  longest main-process stall while sorting ${ms(stalls[0]!)}   (the first sort; median over all runs ${ms(median(stalls))})
  sort by phone again (cached order)       ${ms(median(sort.slice(1)))}  [${Math.min(...sort.slice(1)).toFixed(0)}–${Math.max(...sort.slice(1)).toFixed(0)}]
`);
  } finally {
    await browser.close();
    await harness.close();
    for (const item of await keytar.findCredentials(service)) await keytar.deletePassword(service, item.account);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
