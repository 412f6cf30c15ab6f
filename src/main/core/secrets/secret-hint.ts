/**
 * The masked hint shown for a stored secret. Four characters are shown only when the secret
 * is long enough that they give nothing useful away.
 */
const MASK = '••••';
const SHOW_TAIL_FROM_LENGTH = 12;

export function secretHint(secret: string): string {
  return secret.length >= SHOW_TAIL_FROM_LENGTH ? MASK + secret.slice(-4) : MASK;
}
