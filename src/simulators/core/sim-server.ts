/**
 * The HTTP server each simulator runs on loopback: routing, JSON bodies, fault injection, a log
 * of every request (so tests can check exactly what a client sent) and, for `npm run sim`, an
 * admin API under /__admin.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { drawFault, latency, mergeFaults, type Fault, type FaultConfig } from './faults';
import type { Rng } from './rng';

export interface SimRequest {
  readonly method: string;
  /** Path below the simulator's base path, e.g. "/list/abc". */
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly rawBody: string;
  /** The parsed JSON body; undefined when there is none or it is not JSON. */
  readonly json: unknown;
  readonly jsonInvalid: boolean;
}

export interface SimResponse {
  readonly status: number;
  readonly json?: unknown;
  readonly text?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export type Handler = (req: SimRequest) => SimResponse | Promise<SimResponse>;

export interface Route {
  readonly method: string;
  readonly pattern: string;
  readonly handler: Handler;
}

export interface RecordedRequest {
  readonly at: string;
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string[]>;
  readonly headers: IncomingHttpHeaders;
  readonly body: unknown;
  readonly status: number | null;
  readonly fault: Fault['kind'] | null;
  readonly faultAfterEffect: boolean;
}

export interface AdminHooks {
  state(): unknown;
  settings(): unknown;
  updateSettings(patch: Record<string, unknown>): void;
  callbacks(): unknown;
  reset(): void;
}

export interface SimServerOptions {
  readonly name: string;
  readonly basePath: string;
  readonly routes: readonly Route[];
  readonly rng: Rng;
  readonly faults: FaultConfig;
  readonly port?: number;
  /** Serve /__admin over HTTP (npm run sim); the app controls its simulators in-process instead. */
  readonly adminHttp?: boolean;
  readonly admin?: AdminHooks;
  /** How a simulated 429/5xx body looks for this provider. */
  readonly faultBody?: (status: number) => unknown;
}

export interface SimServer {
  readonly origin: string;
  readonly baseUrl: string;
  faults(): FaultConfig;
  setFaults(patch: Partial<FaultConfig>): void;
  requests(): RecordedRequest[];
  clearRequests(): void;
  close(): Promise<void>;
}

const MAX_BODY = 32 * 1024 * 1024;
const MAX_LOG = 20_000;

export const json = (status: number, body: unknown, headers?: Record<string, string>): SimResponse => ({
  status,
  json: body,
  headers,
});

function compile(pattern: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const source = pattern.replace(/:(\w+)/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { regex: new RegExp(`^${source}/?$`), names };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function queryRecord(query: URLSearchParams): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, value] of query) (out[key] ??= []).push(value);
  return out;
}

export async function startSimServer(options: SimServerOptions): Promise<SimServer> {
  const routes = options.routes.map((r) => ({ ...r, ...compile(r.pattern) }));
  let faults = options.faults;
  const log: RecordedRequest[] = [];
  const hanging = new Set<NodeJS.Timeout>();
  const faultBody =
    options.faultBody ?? ((status: number) => ({ message: status === 429 ? 'Too Many Requests' : 'Service Unavailable' }));

  const write = (res: ServerResponse, response: SimResponse) => {
    const headers: Record<string, string> = { ...response.headers };
    let body = '';
    if (response.json !== undefined) {
      headers['content-type'] = 'application/json; charset=utf-8';
      body = JSON.stringify(response.json);
    } else if (response.text !== undefined) {
      headers['content-type'] ??= 'text/plain; charset=utf-8';
      body = response.text;
    }
    res.writeHead(response.status, headers);
    res.end(body);
  };

  const applyFault = (res: ServerResponse, fault: Fault): number | null => {
    if (fault.kind === '429') {
      write(res, { status: 429, json: faultBody(429), headers: { 'retry-after': String(fault.retryAfterSeconds) } });
      return 429;
    }
    if (fault.kind === '5xx') {
      write(res, { status: fault.status, json: faultBody(fault.status) });
      return fault.status;
    }
    if (fault.kind === 'reset') {
      res.socket?.destroy();
      return null;
    }
    const timer = setTimeout(() => {
      hanging.delete(timer);
      res.socket?.destroy();
    }, faults.hangMs);
    hanging.add(timer);
    return null;
  };

  async function handleAdmin(req: IncomingMessage, res: ServerResponse, path: string, body: string): Promise<void> {
    const admin = options.admin;
    const patch = () => (body ? (JSON.parse(body) as Record<string, unknown>) : {});
    if (req.method === 'GET' && path === '/requests') return write(res, json(200, log));
    if (req.method === 'DELETE' && path === '/requests') {
      log.length = 0;
      return write(res, { status: 204 });
    }
    if (req.method === 'GET' && path === '/faults') return write(res, json(200, faults));
    if (req.method === 'POST' && path === '/faults') {
      faults = mergeFaults(faults, patch() as Partial<FaultConfig>);
      return write(res, json(200, faults));
    }
    if (admin && req.method === 'GET' && path === '/settings') return write(res, json(200, admin.settings()));
    if (admin && req.method === 'POST' && path === '/settings') {
      admin.updateSettings(patch());
      return write(res, json(200, admin.settings()));
    }
    if (admin && req.method === 'GET' && path === '/state') return write(res, json(200, admin.state()));
    if (admin && req.method === 'GET' && path === '/callbacks') return write(res, json(200, admin.callbacks()));
    if (admin && req.method === 'POST' && path === '/reset') {
      admin.reset();
      log.length = 0;
      return write(res, { status: 204 });
    }
    write(res, json(404, { message: `no admin route ${req.method} /__admin${path}` }));
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://sim');
      const rawBody = await readBody(req);
      if (options.adminHttp && url.pathname.startsWith('/__admin/')) {
        return handleAdmin(req, res, url.pathname.slice('/__admin'.length), rawBody);
      }
      if (!url.pathname.startsWith(options.basePath)) {
        return write(res, json(404, { message: `Not found: ${url.pathname}` }));
      }
      const path = url.pathname.slice(options.basePath.length) || '/';
      let parsed: unknown;
      let jsonInvalid = false;
      if (rawBody.trim().length > 0) {
        try {
          parsed = JSON.parse(rawBody);
        } catch {
          jsonInvalid = true;
        }
      }
      const record = (status: number | null, fault: Fault['kind'] | null, after: boolean) => {
        if (log.length >= MAX_LOG) log.shift();
        log.push({
          at: new Date().toISOString(),
          method: req.method ?? 'GET',
          path,
          query: queryRecord(url.searchParams),
          headers: req.headers,
          body: parsed ?? (rawBody || undefined),
          status,
          fault,
          faultAfterEffect: after,
        });
      };

      await new Promise((resolve) => setTimeout(resolve, latency(faults, options.rng)));
      const drawn = drawFault(faults, path, options.rng);
      if (drawn && !drawn.after) {
        record(applyFault(res, drawn.fault), drawn.fault.kind, false);
        return;
      }

      const method = req.method ?? 'GET';
      let response: SimResponse = json(404, { message: `No route ${method} ${path}` });
      for (const route of routes) {
        if (route.method !== method) continue;
        const match = route.regex.exec(path);
        if (!match) continue;
        const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')]));
        response = await route.handler({
          method,
          path,
          params,
          query: url.searchParams,
          headers: req.headers,
          rawBody,
          json: parsed,
          jsonInvalid,
        });
        break;
      }

      if (drawn) {
        // The effect has happened; the answer is lost on the way back.
        record(applyFault(res, drawn.fault), drawn.fault.kind, true);
        return;
      }
      write(res, response);
      record(response.status, null, false);
    })().catch((error: unknown) => {
      if (!res.headersSent) write(res, json(500, { message: error instanceof Error ? error.message : 'simulator error' }));
    });
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    baseUrl: `${origin}${options.basePath}`,
    faults: () => faults,
    setFaults: (patch) => {
      faults = mergeFaults(faults, patch);
    },
    requests: () => [...log],
    clearRequests: () => {
      log.length = 0;
    },
    close: async () => {
      for (const timer of hanging) clearTimeout(timer);
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
