/**
 * A hand-over from the pages to an integration while Astro still renders (the search records,
 * the job documents): the integration (loaded with the config) and the pages (a separate
 * bundle in the same process) share no module, so it goes through one well-known global.
 */
export interface HandOver<T> {
  /** The integration listens (and stops with `undefined`). */
  receive(receiver: ((value: T) => void) | undefined): void;
  /** The pages offer the value; `false` when nothing listens (`astro dev`, tests). */
  offer(value: T): boolean;
}

/** The hand-over named `name` (one global symbol per name). */
export function handOver<T>(name: string): HandOver<T> {
  const key = Symbol.for(`skillboard.${name}`);
  const slot = globalThis as Record<symbol, unknown>;
  return {
    receive: (receiver) => {
      slot[key] = receiver;
    },
    offer: (value) => {
      const receiver = slot[key] as ((value: T) => void) | undefined;
      receiver?.(value);
      return receiver !== undefined;
    },
  };
}
