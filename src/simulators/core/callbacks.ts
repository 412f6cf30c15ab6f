/**
 * Delivers a simulator's callbacks (webhooks) to the app: after a delay, once, with the fault
 * settings' share of duplicates and of deliveries overtaken by later ones. Like the providers
 * (as far as documented), a failed delivery is not retried.
 */
import type { FaultConfig } from './faults';
import type { Rng } from './rng';

export interface CallbackDelivery {
  readonly url: string;
  readonly body: unknown;
  readonly duplicate: boolean;
  readonly sentAt: string;
  readonly status: number | null;
  readonly error: string | null;
}

export interface CallbackSenderOptions {
  rng: Rng;
  faults: () => FaultConfig;
  timeoutMs: number;
}

export class CallbackSender {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly log: CallbackDelivery[] = [];
  private waiters: Array<() => void> = [];
  private closed = false;

  constructor(private readonly options: CallbackSenderOptions) {}

  /** Sends `body` as JSON to `url` after `delayMs`. */
  schedule(url: string, body: unknown, delayMs: number): void {
    if (this.closed) return;
    const faults = this.options.faults();
    // Overtaken: held back long enough for later events to arrive first.
    const late =
      this.options.rng() < faults.outOfOrderCallbackRate ? delayMs + 300 + Math.floor(this.options.rng() * 1500) : delayMs;
    this.after(late, () => this.deliver(url, body, false));
    if (this.options.rng() < faults.duplicateCallbackRate) {
      this.after(late + 50 + Math.floor(this.options.rng() * 500), () => this.deliver(url, body, true));
    }
  }

  deliveries(): CallbackDelivery[] {
    return [...this.log];
  }

  /** Resolves once nothing is scheduled or on its way. */
  idle(): Promise<void> {
    if (this.timers.size === 0 && this.inFlight.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.settle();
  }

  clear(): void {
    this.log.length = 0;
  }

  private after(ms: number, run: () => Promise<void>): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      const job = run().finally(() => {
        this.inFlight.delete(job);
        this.settle();
      });
      this.inFlight.add(job);
    }, ms);
    this.timers.add(timer);
  }

  private settle(): void {
    if (this.timers.size > 0 || this.inFlight.size > 0) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  private async deliver(url: string, body: unknown, duplicate: boolean): Promise<void> {
    const sentAt = new Date().toISOString();
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      await response.arrayBuffer();
      this.log.push({ url, body, duplicate, sentAt, status: response.status, error: null });
    } catch (error) {
      this.log.push({
        url,
        body,
        duplicate,
        sentAt,
        status: null,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
}
