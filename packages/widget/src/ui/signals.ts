/**
 * The part of @preact/signals-core the drop-in uses, in about 0.3 KB
 * instead of 1.7 KB gzipped: `signal`, `computed`, `effect` and `batch`
 * with the same `.value` API, so models and components read as they would
 * with Preact's signals. Simpler on purpose: `computed` recomputes on each
 * read (the drop-in's are one string), and an effect re-runs once per
 * write or batch. Writes made while an effect runs are applied after it.
 */

export interface ReadonlySignal<T> {
  readonly value: T;
}
export interface Signal<T> extends ReadonlySignal<T> {
  value: T;
}

interface Subscriber {
  run(): void;
  /** The subscriber sets of the signals it read in its last run. */
  sources: Set<Set<Subscriber>>;
}

let current: Subscriber | undefined;
/** Open batches and effect runs: while any is open, writes only queue their effects. */
let depth = 0;
const queue = new Set<Subscriber>();

function flush(): void {
  if (depth) return;
  depth++;
  try {
    // A Set visits what is added while it is iterated: effects queued by effects run too.
    for (const subscriber of queue) {
      queue.delete(subscriber);
      subscriber.run();
    }
  } finally {
    depth--;
  }
}

export function signal<T>(initial: T): Signal<T> {
  let value = initial;
  const subscribers = new Set<Subscriber>();
  return {
    get value() {
      if (current) {
        subscribers.add(current);
        current.sources.add(subscribers);
      }
      return value;
    },
    set value(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const subscriber of subscribers) queue.add(subscriber);
      flush();
    },
  };
}

export function computed<T>(compute: () => T): ReadonlySignal<T> {
  return {
    get value() {
      return compute();
    },
  };
}

function unsubscribe(subscriber: Subscriber): void {
  for (const source of subscriber.sources) source.delete(subscriber);
  subscriber.sources.clear();
}

/** Runs `fn` now and again whenever a signal it read changes; returns the function that stops it. */
export function effect(fn: () => void): () => void {
  const subscriber: Subscriber = {
    sources: new Set(),
    run() {
      unsubscribe(subscriber);
      const outer = current;
      current = subscriber;
      depth++;
      try {
        fn();
      } finally {
        current = outer;
        depth--;
      }
      flush();
    },
  };
  subscriber.run();
  return () => {
    unsubscribe(subscriber);
    queue.delete(subscriber);
  };
}

/** Runs `fn`, then the effects its writes concern, once each. */
export function batch<T>(fn: () => T): T {
  depth++;
  try {
    return fn();
  } finally {
    depth--;
    flush();
  }
}
