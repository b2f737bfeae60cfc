/** Lets one caller stop waiting for a shared promise without cancelling it for the others. */
export const abortable = <T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      // Thrown in the executor, an aborted signal's reason rejects at once.
      signal?.throwIfAborted();
      signal?.addEventListener('abort', () => reject(signal.reason));
    }),
  ]);
