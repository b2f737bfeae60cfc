/** The handful of DOM helpers the page needs. */
export const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** The merchant's own message line above the drop-in; `undefined` hides it. */
export function notice(text: string | undefined) {
  const el = $('notice');
  el.textContent = text ?? '';
  el.hidden = !text;
}

/** Shows one of the payment card's panels (`choose`, `saved`, `paid`) and hides the others. */
export function showPanel(id: 'choose' | 'saved' | 'paid') {
  for (const panel of ['choose', 'saved', 'paid']) $(panel).hidden = panel !== id;
}

/** Sets a status pill: its words, its colour class, and the raw value as `data-status` (for developers). */
export function pill(id: string, status: string, words: string, tone: string) {
  const el = $(id);
  el.textContent = words;
  el.dataset.status = status;
  el.className = `pill ${tone}`;
}
