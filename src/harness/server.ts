/**
 * The browser harness: serves the built renderer (out/renderer) to any browser and carries its
 * calls to the real main-process core, hosted here in Node. The page gets the bridge script in
 * place of the Electron preload; everything behind it is the code the Electron app runs.
 *
 * Calls must carry the per-run token and come from the harness's own origin, so other pages and
 * processes on this machine cannot drive it.
 */
import { build } from 'esbuild';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { pipeline } from 'node:stream/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createAppCore, type AppCore } from '../main/core/app-core';
import { CONTENT_SECURITY_POLICY } from '../main/core/security/csp';
import { createKeytarStore } from '../main/core/secrets/keytar-store';
import type { SecretStore } from '../main/core/secrets/secret-store';

const projectRoot = resolve(__dirname, '..', '..');
export const HARNESS_KEYCHAIN_SERVICE = 'Switchboard (browser harness)';
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface HarnessOptions {
  dataDir: string;
  rendererDir?: string;
  port?: number;
  keychainService?: string;
  secrets?: SecretStore;
  echoLogs?: boolean;
  /** Make the sandbox profiles on first start, as the app does (default true). */
  seedSandbox?: boolean;
}

export interface Harness {
  /** Open this: the origin plus the token in the fragment. */
  readonly url: string;
  readonly origin: string;
  readonly core: AppCore;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
};

let bridgeBundle: Promise<string> | null = null;
function bridgeScript(): Promise<string> {
  bridgeBundle ??= build({
    entryPoints: [join(projectRoot, 'src/harness/bridge/bridge.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bridgeBundle;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const rendererDir = resolve(options.rendererDir ?? join(projectRoot, 'out/renderer'));
  const tokenValue = randomBytes(24).toString('base64url');
  const token = tokenValue;
  const core = createAppCore({
    dataDir: options.dataDir,
    secrets: options.secrets ?? createKeytarStore({ service: options.keychainService ?? HARNESS_KEYCHAIN_SERVICE }),
    version: process.env['npm_package_version'] ?? '0.0.0-harness',
    validateResults: true,
    echoLogs: options.echoLogs ?? false,
    seedSandbox: options.seedSandbox ?? true,
  });
  let origin = '';

  const send = (res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') => {
    res.writeHead(status, {
      'content-type': type,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    res.end(body);
  };

  async function handleIpc(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    const header = req.headers['x-switchboard-token'];
    if (!sameToken(Array.isArray(header) ? header[0] : header, token) || req.headers.origin !== origin) {
      core.logger.warn('harness call refused: bad token or origin', { channel });
      return send(res, 403, 'forbidden');
    }
    let payload: unknown;
    try {
      payload = JSON.parse(await readBody(req));
    } catch {
      return send(res, 400, 'request body is not JSON');
    }
    const input = payload !== null && typeof payload === 'object' && 'input' in payload ? payload.input : undefined;
    const result = await core.dispatcher.dispatch(channel, input);
    send(res, 200, JSON.stringify(result), 'application/json');
  }

  const authorised = (token: string | null) => sameToken(token ?? undefined, tokenValue);

  /** The stand-in for a dropped file's path: the bytes are streamed to a temporary file. */
  async function handleUpload(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const header = req.headers['x-switchboard-token'];
    if (!authorised(Array.isArray(header) ? header[0]! : (header ?? null)) || req.headers.origin !== origin)
      return send(res, 403, 'forbidden');
    const name = (url.searchParams.get('name') ?? 'upload.csv').slice(0, 512);
    const dir = join(tmpdir(), 'switchboard-harness-uploads');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, randomBytes(16).toString('hex'));
    await pipeline(req, createWriteStream(path));
    const result = await core.dispatcher.dispatch('files:registerPath', { path, name });
    send(res, 200, JSON.stringify(result), 'application/json');
  }

  /** Exports are fetched as a plain download; the token rides in the query, as a link cannot set headers. */
  function handleDownload(res: ServerResponse, url: URL, downloadId: string): void {
    if (!authorised(url.searchParams.get('token'))) return send(res, 403, 'forbidden');
    let download;
    try {
      download = core.exports.get(downloadId);
    } catch {
      return send(res, 404, 'not found');
    }
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(download.suggestedName)}`,
      'cache-control': 'no-store',
    });
    createReadStream(download.path).pipe(res);
  }

  async function handleStatic(res: ServerResponse, pathname: string): Promise<void> {
    const relative = normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname)).replace(/^([/\\])+/, '');
    const file = resolve(rendererDir, relative);
    if (file !== rendererDir && !file.startsWith(rendererDir + sep)) return send(res, 404, 'not found');
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return send(res, 404, 'not found');
    }
    if (relative === 'index.html') {
      // The bridge runs first, as a preload would: a classic script ahead of the module script.
      const html = body
        .toString('utf8')
        .replace('<script type="module"', '<script src="./__harness/bridge.js"></script>\n    <script type="module"');
      return send(res, 200, html, contentTypes['.html']);
    }
    send(res, 200, body, contentTypes[extname(file)] ?? 'application/octet-stream');
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://harness');
    const route = async () => {
      if (req.method === 'POST' && url.pathname.startsWith('/__harness/ipc/')) {
        return handleIpc(req, res, decodeURIComponent(url.pathname.slice('/__harness/ipc/'.length)));
      }
      if (req.method === 'POST' && url.pathname === '/__harness/upload') return handleUpload(req, res, url);
      if (req.method === 'GET' && url.pathname.startsWith('/__harness/download/')) {
        return handleDownload(res, url, decodeURIComponent(url.pathname.slice('/__harness/download/'.length)));
      }
      if (req.method === 'GET' && url.pathname === '/__harness/bridge.js') {
        return send(res, 200, await bridgeScript(), contentTypes['.js']);
      }
      if (req.method === 'GET') return handleStatic(res, url.pathname);
      send(res, 405, 'method not allowed');
    };
    route().catch((error: unknown) => {
      core.logger.error('harness request failed', { path: url.pathname, error });
      if (!res.headersSent) send(res, 500, 'internal error');
    });
  });

  await core.ready;
  await new Promise<void>((ready) => server.listen(options.port ?? 0, '127.0.0.1', ready));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await bridgeScript();

  return {
    url: `${origin}/#token=${token}`,
    origin,
    core,
    close: async () => {
      await new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      });
      await core.close();
    },
  };
}
