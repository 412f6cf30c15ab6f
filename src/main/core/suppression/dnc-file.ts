/**
 * Numbers out of opt-out and DNC files, which come in many shapes: one number per line, CSV with a
 * phone column among others, and the US National DNC registry's downloads ("202,5550143": area code
 * and number in two fields, or ten digits in one). Each line yields one number or a reason.
 */
export type DncLine = { readonly phone: string } | { readonly skip: 'blank' | 'header' | 'no_number' };

const HEADER = /[a-z]{3,}/i;
const DIGIT_RUN = /\+?\(?\d[\d\s().-]{5,}\d/g;

export function numberFromLine(line: string): DncLine {
  const text = line.replace(/^\uFEFF/, '').trim();
  if (!text) return { skip: 'blank' };
  const fields = text.split(/[,;\t|]/).map((f) => f.trim().replace(/^"|"$/g, ''));
  // The registry's two-field form: a three-digit area code, then a seven-digit number.
  if (fields.length >= 2 && /^\d{3}$/.test(fields[0]!) && /^\d{7}$/.test(fields[1]!.replace(/\D/g, ''))) {
    return { phone: `${fields[0]}${fields[1]!.replace(/\D/g, '')}` };
  }
  const runs = fields.flatMap((f) => f.match(DIGIT_RUN) ?? []);
  const phone = runs.find((r) => r.replace(/\D/g, '').length >= 7);
  if (phone) return { phone };
  return { skip: HEADER.test(text) ? 'header' : 'no_number' };
}
