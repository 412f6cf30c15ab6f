/**
 * Keeps secrets out of log lines. It knows the secrets main has handled in this run (added as
 * they pass through) and also blanks any field whose name says it holds one, so a secret is
 * caught whether it arrives as a value or buried in an error message.
 */
const SENSITIVE_KEY = /secret|token|password|passwd|api[-_]?key|authorization|credential/i;
const MIN_SECRET_LENGTH = 4;
export const REDACTED = '[redacted]';

export class Redactor {
  private readonly secrets = new Set<string>();

  remember(secret: string): void {
    if (secret.length >= MIN_SECRET_LENGTH) this.secrets.add(secret);
  }

  forget(secret: string): void {
    this.secrets.delete(secret);
  }

  redactText(text: string): string {
    let out = text;
    for (const secret of this.secrets) {
      if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    }
    return out;
  }

  redact(value: unknown, depth = 0): unknown {
    if (typeof value === 'string') return this.redactText(value);
    if (value === null || typeof value !== 'object' || depth > 8) return value;
    if (value instanceof Error) {
      return { name: value.name, message: this.redactText(value.message), stack: value.stack && this.redactText(value.stack) };
    }
    if (Array.isArray(value)) return value.map((item) => this.redact(item, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      out[key] = SENSITIVE_KEY.test(key) && item != null && item !== '' ? REDACTED : this.redact(item, depth + 1);
    }
    return out;
  }
}
