/**
 * JSON-lines logger for main. Every line goes through the redactor before it is written, so
 * no code path can log a secret by accident. Writes are synchronous: log volume is low and a
 * line written just before a crash is the one you want.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Redactor } from './redactor';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const levelRank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  child(bindings: LogFields): Logger;
}

export interface LoggerOptions {
  /** File to append to; null logs nowhere but the echo. */
  file: string | null;
  redactor: Redactor;
  level?: LogLevel;
  /** Also print to stderr (development). */
  echo?: boolean;
}

export function createLogger(options: LoggerOptions, bindings: LogFields = {}): Logger {
  const min = levelRank[options.level ?? 'info'];
  if (options.file) mkdirSync(dirname(options.file), { recursive: true });

  const write = (level: LogLevel, msg: string, fields?: LogFields): void => {
    if (levelRank[level] < min) return;
    const record = options.redactor.redact({ t: new Date().toISOString(), level, msg, ...bindings, ...fields });
    const line = JSON.stringify(record) + '\n';
    if (options.file) appendFileSync(options.file, line);
    if (options.echo) process.stderr.write(line);
  };

  return {
    debug: (msg, fields) => write('debug', msg, fields),
    info: (msg, fields) => write('info', msg, fields),
    warn: (msg, fields) => write('warn', msg, fields),
    error: (msg, fields) => write('error', msg, fields),
    child: (more) => createLogger(options, { ...bindings, ...more }),
  };
}
