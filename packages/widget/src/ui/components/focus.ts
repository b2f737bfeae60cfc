/**
 * A ref that focuses its element once, when it mounts: a module-level
 * function, so Preact sees the same ref on every render and does not call
 * it again.
 */
export const focus = (element: HTMLElement | null) => element?.focus();

/**
 * Runs `update` (a render) and, if it removed the element that held the
 * keyboard focus, moves the focus to the first method or focusable panel
 * instead of letting it fall to the page's `<body>`.
 */
export function keepingFocus(container: HTMLElement, update: () => void): void {
  const root = container.getRootNode() as Document | ShadowRoot;
  const had = container.contains(root.activeElement);
  update();
  if (had && !container.contains(root.activeElement)) {
    container.querySelector<HTMLElement>('.pd-method,[tabindex]')?.focus();
  }
}
