type Listener<T> = (event: T) => void;

export interface Emitter<E> {
  on<K extends keyof E>(name: K, listener: Listener<E[K]>): () => void;
  /** Returns whether anyone listened, so callers can fall back when nobody does. */
  emit<K extends keyof E>(name: K, event: E[K]): boolean;
}

/** A minimal typed event emitter; a listener that throws must not break the flow. */
export function createEmitter<E>(): Emitter<E> {
  const all = new Map<keyof E, Set<Listener<never>>>();
  return {
    on(name, listener) {
      const set = all.get(name) ?? new Set();
      all.set(name, set);
      set.add(listener);
      return () => set.delete(listener);
    },
    emit(name, event) {
      const listeners = [...(all.get(name) ?? [])];
      for (const listener of listeners) {
        try {
          (listener as Listener<typeof event>)(event);
        } catch (error) {
          // Reported as uncaught (the console, window.onerror), but the flow goes on.
          reportError(error);
        }
      }
      return listeners.length > 0;
    },
  };
}
