type Listener<T> = (event: T) => void;

export interface Emitter<E> {
  on<K extends keyof E>(name: K, listener: Listener<E[K]>): () => void;
  emit<K extends keyof E>(name: K, event: E[K]): void;
  has(name: keyof E): boolean;
}

/** A minimal typed event emitter; a listener that throws must not break the flow. */
export function createEmitter<E>(): Emitter<E> {
  const all = new Map<keyof E, Set<Listener<never>>>();
  return {
    on(name, listener) {
      const set = all.get(name) ?? new Set();
      all.set(name, set);
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
    emit(name, event) {
      for (const listener of [...(all.get(name) ?? [])]) {
        try {
          (listener as Listener<typeof event>)(event);
        } catch (error) {
          queueMicrotask(() => {
            throw error;
          });
        }
      }
    },
    has: (name) => (all.get(name)?.size ?? 0) > 0,
  };
}
