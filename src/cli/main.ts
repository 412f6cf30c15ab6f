/**
 * `npx switchboard <command>`:
 *   import <file> --list NAME [--region US] [--data-dir DIR] [--policy skip|update] [--json]
 *   export --list NAME [--data-dir DIR]              (CSV to standard output)
 * --data-dir defaults to the app's own user-data folder.
 */
import { parseArgs } from 'node:util';
import { isAppError } from '../main/core/errors';
import { exportCommand, importCommand } from './contacts-commands';
import { defaultDataDir } from './data-dir';

const usage = `Usage:
  switchboard import <file> --list NAME [--region US] [--data-dir DIR] [--policy skip|update] [--json]
  switchboard export --list NAME [--data-dir DIR]`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      list: { type: 'string' },
      region: { type: 'string', default: 'US' },
      'data-dir': { type: 'string' },
      policy: { type: 'string', default: 'skip' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const [command, file] = positionals;
  const dataDir = values['data-dir'] ?? defaultDataDir();
  if (values.help || !command) {
    console.log(usage);
    return command ? 0 : 2;
  }
  if (!values.list) {
    console.error(`--list NAME is required.\n${usage}`);
    return 2;
  }
  if (command === 'import') {
    if (!file) {
      console.error(`Which file? ${usage}`);
      return 2;
    }
    if (values.policy !== 'skip' && values.policy !== 'update') {
      console.error('--policy is skip or update.');
      return 2;
    }
    const report = await importCommand({
      file,
      list: values.list,
      region: values.region.toUpperCase(),
      dataDir,
      policy: values.policy,
    });
    if (values.json) {
      process.stdout.write(JSON.stringify(report) + '\n');
    } else {
      console.log(
        `${report.rows} rows: ${report.imported} imported, ${report.updated} updated, ${report.duplicates} duplicates, ${report.invalid} invalid, ${report.suppressed} suppressed.`,
      );
      for (const r of report.rejected.slice(0, 20)) console.log(`  line ${r.line}: ${JSON.stringify(r.value)} — ${r.reason}`);
      if (report.rejected.length > 20) console.log(`  … and ${report.rejected.length - 20} more`);
    }
    return 0;
  }
  if (command === 'export') {
    exportCommand(values.list, dataDir, (chunk) => process.stdout.write(chunk));
    return 0;
  }
  console.error(`Unknown command ${command}.\n${usage}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(isAppError(error) || error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
