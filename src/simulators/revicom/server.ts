/**
 * Revicom Direct API simulator (/api/v1): VOICECODE messages with their status lifecycle
 * (sending → sent → delivered | undelivered | unsent), polling, stop, balance, and callbacks as
 * arrays of events. Error bodies are exactly the documented ones.
 */
import { randomUUID } from 'node:crypto';
import { CallbackSender } from '../core/callbacks';
import type { FaultConfig } from '../core/faults';
import { between, createRng } from '../core/rng';
import { applySettings, defaultsOf } from '../core/settings';
import { json, type Route, type SimRequest, type SimResponse } from '../core/sim-server';
import { startSim, type SimHandle } from '../sim-handle';
import { VOICECODE_TEMPLATE } from '../../main/core/providers/revicom/requests';
import { drawCodeOutcome, type FinalStatus } from './outcomes';
import { revicomSettingsSpec, type RevicomSettings } from './settings';

/** Sandbox tokens: TOKEN_1 sends messages; TOKEN_2 is a "system" token, refused on message routes. */
export const REVICOM_SANDBOX = {
  token: Buffer.from('sandbox-key:revicom-sandbox').toString('base64'),
  systemToken: Buffer.from('sandbox-system:revicom-sandbox').toString('base64'),
} as const;

const EVENTS = new Set(['delivered', 'sent', 'read', 'price', 'click']);

type Status = 'sending' | 'sent' | FinalStatus;

export interface StoredMessage {
  readonly messageUuid: string;
  readonly destination: string;
  readonly text: string;
  readonly tags: string[];
  readonly externalMessageId: string | null;
  readonly callbackUrl: string | null;
  readonly callbackEvents: string[];
  readonly ttl: number;
  readonly createdAt: string;
  status: Status;
  statusTime: string;
  errorCode: number | null;
  /** queued: may be stopped (200); dialing: may not (202); done: sent or final (403). */
  phase: 'queued' | 'dialing' | 'done';
  timers: NodeJS.Timeout[];
}

export interface RevicomSimOptions {
  port?: number;
  seed?: number;
  tokens?: { token: string; systemToken: string };
  balance?: number;
  faults?: Partial<FaultConfig>;
  settings?: Partial<RevicomSettings>;
  adminHttp?: boolean;
}

export interface RevicomSim extends SimHandle<RevicomSettings> {
  readonly tokens: { token: string; systemToken: string };
  messages(): Array<Omit<StoredMessage, 'timers'>>;
  balance(): number;
}

const failure = (status: number, code: number, msg: string): SimResponse => json(status, { error: { code, msg } });

export async function startRevicomSim(options: RevicomSimOptions = {}): Promise<RevicomSim> {
  const rng = createRng(options.seed ?? 3);
  const tokens = options.tokens ?? { ...REVICOM_SANDBOX };
  let settings = applySettings(defaultsOf(revicomSettingsSpec), options.settings ?? {});
  const startingBalance = options.balance ?? 1200;
  let balance = startingBalance;
  const messages = new Map<string, StoredMessage>();
  const pendingEvents = new Map<string, unknown[]>();
  const flushTimers = new Set<NodeJS.Timeout>();
  const callbacks = new CallbackSender({
    rng,
    faults: (): FaultConfig => base.server.faults(),
    timeoutMs: settings.callbackTimeoutMs,
  });

  /** TOKEN_1 routes refuse the system token with 4030; balance accepts either. */
  const authenticate = (req: SimRequest, anyType: boolean): SimResponse | null => {
    const header = req.headers.authorization;
    if (!header) return failure(401, 4010, 'Not Authenticated');
    const match = /^Basic (.+)$/.exec(header);
    const token = match?.[1];
    if (token === tokens.token) return null;
    if (token === tokens.systemToken) return anyType ? null : failure(403, 4030, 'Access Denied');
    return failure(401, 4012, 'Bad credentials');
  };

  const emit = (message: StoredMessage, event: string) => {
    if (!message.callbackUrl || !message.callbackEvents.includes(event)) return;
    const payload = {
      message_uuid: message.messageUuid,
      channel_type: 'VOICECODE',
      callback_event: event,
      status: message.status,
      status_time: message.statusTime,
      ...(message.errorCode !== null ? { error_code: message.errorCode } : {}),
    };
    const url = message.callbackUrl;
    const queue = pendingEvents.get(url) ?? [];
    queue.push(payload);
    pendingEvents.set(url, queue);
    if (queue.length === 1) {
      const timer = setTimeout(() => {
        flushTimers.delete(timer);
        const batch = pendingEvents.get(url) ?? [];
        pendingEvents.delete(url);
        if (batch.length > 0) callbacks.schedule(url, batch, 0);
      }, settings.callbackBatchMs);
      flushTimers.add(timer);
    }
  };

  const setStatus = (message: StoredMessage, status: Status, errorCode: number | null = null) => {
    message.status = status;
    message.statusTime = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    message.errorCode = errorCode;
  };

  const later = (message: StoredMessage, ms: number, run: () => void) => {
    message.timers.push(setTimeout(run, ms));
  };

  function startLifecycle(message: StoredMessage) {
    const outcome = drawCodeOutcome(message.destination, rng, settings.successShare, settings.failureErrorCode);
    const hold = outcome.holdMs ?? Math.floor(settings.sentAfterMs / 2);
    const sentAt = hold + Math.ceil(settings.sentAfterMs / 2);
    const ttlMs = message.ttl * 1000;
    later(message, hold, () => {
      if (message.phase === 'queued') message.phase = 'dialing';
    });
    later(message, sentAt, () => {
      if (message.status !== 'sending') return;
      message.phase = 'done';
      setStatus(message, 'sent');
      emit(message, 'sent');
    });
    const finalAt = sentAt + between(rng, settings.finalAfterMs.min, settings.finalAfterMs.max);
    const finish = (status: FinalStatus, errorCode: number | null) => () => {
      if (message.status !== 'sent') return;
      setStatus(message, status, errorCode);
      emit(message, 'delivered');
    };
    if (outcome.final === null || finalAt > ttlMs) later(message, ttlMs, finish('undelivered', null));
    else later(message, finalAt, finish(outcome.final, outcome.errorCode ?? null));
  }

  /** The first problem with one message, as Revicom words it ("Invalid content" / "Invalid msisdn"), or null. */
  const problem = (item: unknown): string | null => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return 'Invalid content';
    const m = item as Record<string, unknown>;
    if (m['channelType'] !== 'VOICECODE' || m['senderName'] !== 'voicecode') return 'Invalid content';
    if (typeof m['destination'] !== 'string' || !new RegExp(settings.destinationPattern).test(m['destination']))
      return 'Invalid msisdn';
    const content = m['content'] as Record<string, unknown> | undefined;
    const text = content?.['text'];
    if (
      content?.['contentType'] !== 'text' ||
      typeof text !== 'string' ||
      text.length < 1 ||
      text.length > 1000 ||
      !VOICECODE_TEMPLATE.test(text)
    ) {
      return 'Invalid content';
    }
    const tags = m['tags'];
    if (tags !== undefined && (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string' || !/^\w+$/.test(t))))
      return 'Invalid tags';
    const ttl = m['ttl'];
    if (ttl !== undefined && (typeof ttl !== 'number' || !Number.isInteger(ttl) || ttl < 30 || ttl > 86_400))
      return 'Invalid ttl';
    const ext = m['externalMessageId'];
    if (ext !== undefined && (typeof ext !== 'string' || ext.length > 100)) return 'Invalid externalMessageId';
    const url = m['callbackUrl'];
    if (url !== undefined && (typeof url !== 'string' || !/^https?:\/\//.test(url))) return 'Invalid callbackUrl';
    const events = m['callbackEvents'];
    if (events !== undefined && (!Array.isArray(events) || events.some((e) => typeof e !== 'string' || !EVENTS.has(e)))) {
      return 'Invalid callbackEvents';
    }
    return null;
  };

  const create = (raw: Record<string, unknown>): StoredMessage => {
    const content = raw['content'] as { text: string };
    const callbackUrl = typeof raw['callbackUrl'] === 'string' ? raw['callbackUrl'] : null;
    const message: StoredMessage = {
      messageUuid: randomUUID(),
      destination: raw['destination'] as string,
      text: content.text,
      tags: (raw['tags'] as string[] | undefined) ?? [],
      externalMessageId: (raw['externalMessageId'] as string | undefined) ?? null,
      callbackUrl,
      callbackEvents: (raw['callbackEvents'] as string[] | undefined) ?? (callbackUrl ? ['delivered'] : []),
      ttl: (raw['ttl'] as number | undefined) ?? settings.defaultTtlSeconds,
      createdAt: new Date().toISOString(),
      status: 'sending',
      statusTime: '',
      errorCode: null,
      phase: 'queued',
      timers: [],
    };
    setStatus(message, 'sending');
    messages.set(message.messageUuid, message);
    balance = Math.round((balance - settings.pricePerMessage) * 100) / 100;
    startLifecycle(message);
    return message;
  };

  const send = (req: SimRequest): SimResponse => {
    const denied = authenticate(req, false);
    if (denied) return denied;
    const invalid = (msg: string) => failure(settings.validationStatus, 4220, msg);
    if (!Array.isArray(req.json) || req.json.length === 0 || req.json.length > 1000) return invalid('Invalid content');
    const items = req.json as unknown[];
    const problems = items.map(problem);
    const firstProblem = problems.find((p) => p !== null);
    if (firstProblem && settings.itemErrors === 'reject-request') return invalid(firstProblem);
    const valid = problems.filter((p) => p === null).length;
    if (valid * settings.pricePerMessage > balance) return invalid('Insufficient funds');
    const results = items.map((item, i) =>
      problems[i] === null
        ? { messageUuid: create(item as Record<string, unknown>).messageUuid, code: 201 }
        : { messageUuid: null, code: 400 },
    );
    return json(200, { errors: results.some((r) => r.code !== 201), items: results });
  };

  const view = (m: StoredMessage) => ({
    messageUuid: m.messageUuid,
    channelType: 'VOICECODE',
    senderName: 'voicecode',
    destination: m.destination,
    status: m.status,
    statusTime: m.statusTime,
    errorCode: m.errorCode,
    externalMessageId: m.externalMessageId,
    tags: m.tags,
  });

  const list = (req: SimRequest): SimResponse => {
    const denied = authenticate(req, false);
    if (denied) return denied;
    const page = Number(req.query.get('page') ?? 1);
    const perPage = Number(req.query.get('per_page') ?? 100);
    if (!Number.isInteger(page) || !Number.isInteger(perPage) || page < 1 || perPage < 1 || page * perPage > 10_000) {
      return failure(settings.validationStatus, 4220, 'Invalid pagination');
    }
    const filters = (name: string) => req.query.getAll(name);
    const match = (values: string[], value: string) => values.length === 0 || values.includes(value);
    const from = req.query.get('time_from');
    const to = req.query.get('time_to');
    const tags = filters('tags');
    const items = [...messages.values()].filter(
      (m) =>
        match(filters('message_uuid'), m.messageUuid) &&
        match(filters('status'), m.status) &&
        match(filters('destination'), m.destination) &&
        match(filters('channel_type'), 'VOICECODE') &&
        (tags.length === 0 || tags.some((t) => m.tags.includes(t))) &&
        (!from || m.createdAt >= from) &&
        (!to || m.createdAt <= to),
    );
    return json(200, { items: items.slice((page - 1) * perPage, page * perPage).map(view), total: items.length });
  };

  const stop = (req: SimRequest): SimResponse => {
    const denied = authenticate(req, false);
    if (denied) return denied;
    const uuids = (req.json as { uuids?: unknown } | undefined)?.uuids;
    if (!Array.isArray(uuids) || uuids.length === 0 || uuids.length > 10_000)
      return failure(settings.validationStatus, 4220, 'Invalid content');
    const items = uuids.map((uuid) => {
      const message = typeof uuid === 'string' ? messages.get(uuid) : undefined;
      if (!message) return { messageUuid: uuid, code: 404 };
      if (message.phase === 'queued') {
        message.phase = 'done';
        for (const timer of message.timers) clearTimeout(timer);
        message.timers = [];
        // Asynchronous, as documented: the status becomes unsent a few seconds later.
        later(message, settings.stopAfterMs, () => {
          setStatus(message, 'unsent');
          emit(message, 'delivered');
        });
        return { messageUuid: uuid, code: 200 };
      }
      return { messageUuid: uuid, code: message.phase === 'dialing' ? 202 : 403 };
    });
    return json(200, { errors: items.some((i) => i.code === 403 || i.code === 404), items });
  };

  const routes: Route[] = [
    { method: 'POST', pattern: '/message', handler: send },
    { method: 'GET', pattern: '/message', handler: list },
    { method: 'POST', pattern: '/message/stop', handler: stop },
    {
      method: 'GET',
      pattern: '/balance',
      handler: (req) => authenticate(req, true) ?? json(200, { [settings.currency]: balance }),
    },
    {
      method: 'GET',
      pattern: '/:check',
      handler: (req) =>
        `/${req.params['check']}` === settings.connectionCheckPath
          ? (authenticate(req, true) ?? json(200, { status: 'ok' }))
          : failure(404, 4040, 'Not Found'),
    },
  ];

  const clearTimers = () => {
    for (const m of messages.values()) for (const t of m.timers) clearTimeout(t);
    for (const t of flushTimers) clearTimeout(t);
    flushTimers.clear();
  };
  const reset = () => {
    clearTimers();
    messages.clear();
    pendingEvents.clear();
    balance = startingBalance;
    callbacks.clear();
  };
  const snapshot = () => [...messages.values()].map(({ timers: _timers, ...rest }) => rest);
  const state = () => ({ balance, messages: snapshot() });

  const base: SimHandle<RevicomSettings> = await startSim({
    name: 'revicom',
    server: {
      basePath: '/api/v1',
      routes,
      rng,
      faults: options.faults,
      port: options.port,
      adminHttp: options.adminHttp,
      faultBody: (status) => ({
        error: { code: status * 10, msg: status === 429 ? 'Too Many Requests' : 'Service Unavailable' },
      }),
    },
    settings: { get: () => settings, set: (next) => (settings = next) },
    callbacks,
    state,
    reset,
    onClose: clearTimers,
  });

  return { ...base, tokens, messages: snapshot, balance: () => balance };
}
