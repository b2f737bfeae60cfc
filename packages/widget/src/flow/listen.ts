/** Adds an event listener; returns the function that removes it (every listener here is a cleanup). */
export function listen<E extends Event>(
  target: EventTarget,
  type: string,
  handler: (event: E) => void,
): () => void {
  target.addEventListener(type, handler as EventListener);
  return () => target.removeEventListener(type, handler as EventListener);
}
