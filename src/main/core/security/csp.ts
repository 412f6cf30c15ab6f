/**
 * The renderer's Content-Security-Policy. It is written into index.html at build time (so it
 * applies to file:// pages, where response headers do not exist) and also sent as a header by
 * main and by the browser harness. No inline script, no eval, no remote origin of any kind:
 * the renderer only ever talks to main.
 */
export const cspDirectives: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  // 'self' is for the browser harness's loopback bridge; in Electron the page is file:// and
  // reaches main only through the preload.
  'connect-src': ["'self'"],
  'media-src': ["'self'", 'blob:'],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
  'frame-src': ["'none'"],
};

export const CONTENT_SECURITY_POLICY = Object.entries(cspDirectives)
  .map(([name, values]) => `${name} ${values.join(' ')}`)
  .join('; ');

/** Browsers ignore frame-ancestors in a <meta> policy (and warn); it is sent as a header only. */
const HEADER_ONLY = new Set(['frame-ancestors']);

export const META_CONTENT_SECURITY_POLICY = Object.entries(cspDirectives)
  .filter(([name]) => !HEADER_ONLY.has(name))
  .map(([name, values]) => `${name} ${values.join(' ')}`)
  .join('; ');

export function cspMetaTag(): string {
  return `<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`;
}
