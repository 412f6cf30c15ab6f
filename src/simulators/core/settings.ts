/**
 * Simulator settings. Every behaviour the providers leave undocumented (an UNKNOWN in
 * providers.md) is a setting with a stated default, so tests and users can try the other
 * possibilities. docs/simulators.md lists them all; a test keeps the two in step.
 */
export interface SettingSpec<T> {
  readonly default: T;
  /** What the documentation leaves open. */
  readonly unknown: string;
  /** Why the default was chosen. */
  readonly why: string;
}

export type SettingsSpec<S> = { readonly [K in keyof S]: SettingSpec<S[K]> };

export function defaultsOf<S>(spec: SettingsSpec<S>): S {
  return Object.fromEntries(
    Object.entries(spec).map(([key, value]) => [key, structuredClone((value as SettingSpec<unknown>).default)]),
  ) as S;
}

/** Applies a patch, accepting only known keys of the same type. */
export function applySettings<S extends object>(current: S, patch: Record<string, unknown>): S {
  const next = { ...current } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (!(key in next)) throw new Error(`unknown setting ${key}`);
    if (typeof value !== typeof next[key]) throw new Error(`setting ${key} must be a ${typeof next[key]}`);
    next[key] = value;
  }
  return next as S;
}
