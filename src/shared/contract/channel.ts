/**
 * Building blocks of the IPC contract. A channel is declared once, with a zod schema for its
 * argument and one for its result; main, preload, the browser harness and the renderer all
 * derive their types and their channel lists from the same declaration.
 */
import type { z } from 'zod';

export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  /** What the channel does, in one sentence (shown in docs and test names). */
  readonly doc: string;
  readonly input: I;
  readonly output: O;
  /**
   * 'preload': reachable only from the preload (or the harness bridge), never as a function on
   * window.switchboard; for channels that take things the page must not name, such as file paths.
   */
  readonly exposure?: 'page' | 'preload';
}

export type ChannelGroup = Readonly<Record<string, ChannelSpec>>;
export type ContractShape = Readonly<Record<string, ChannelGroup>>;

export function channel<I extends z.ZodType, O extends z.ZodType>(spec: ChannelSpec<I, O>): ChannelSpec<I, O> {
  return spec;
}

/** `accounts:add` for group `accounts`, method `add`. */
export function channelName(group: string, method: string): string {
  return `${group}:${method}`;
}

export interface ChannelEntry {
  readonly group: string;
  readonly method: string;
  readonly name: string;
  readonly spec: ChannelSpec;
}

/** Every channel of a contract, in declaration order. */
export function listChannels(contract: ContractShape): ChannelEntry[] {
  const entries: ChannelEntry[] = [];
  for (const [group, methods] of Object.entries(contract)) {
    for (const [method, spec] of Object.entries(methods)) {
      entries.push({ group, method, name: channelName(group, method), spec });
    }
  }
  return entries;
}

export type InputOf<S> = S extends ChannelSpec<infer I, z.ZodType> ? z.input<I> : never;
export type ParsedInputOf<S> = S extends ChannelSpec<infer I, z.ZodType> ? z.output<I> : never;
export type OutputOf<S> = S extends ChannelSpec<z.ZodType, infer O> ? z.output<O> : never;

/** Arguments of a generated API method: none when the channel takes no input. */
export type ArgsOf<S> = undefined extends InputOf<S> ? [input?: InputOf<S>] : [input: InputOf<S>];

/** Channels the page may call directly. */
export type PageMethods<G> = { [M in keyof G as G[M] extends { exposure: 'preload' } ? never : M]: G[M] };
