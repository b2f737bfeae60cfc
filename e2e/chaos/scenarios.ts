/**
 * Seeded hostile shopper paths (issue 14): a scenario is drawn from a seed and
 * its index alone, so any one replays exactly (`CHAOS_SEED=… CHAOS_ONLY=…`).
 */
export type Mode = 'auto' | 'popup' | 'redirect' | 'new-tab';
export type Decision = 'Approve' | 'Approve (async)' | 'Decline' | 'Cancel' | 'close' | 'nothing';

export interface Scenario {
  index: number;
  mode: Mode;
  /** The provider page sends Cross-Origin-Opener-Policy (popup and new-tab only). */
  coop: boolean;
  /** The first window.open is blocked, Chrome-style (`null`) or Safari-style (a closed window). */
  blocked: 'null' | 'closed' | false;
  doubleClick: boolean;
  /** Klarna first, canceled in the drop-in, then PayPal. */
  secondMethod: boolean;
  /** The merchant page reloads while the provider window is open (windowed modes only). */
  reload: boolean;
  /** Time at the provider, on the browser's clock (a fake one, fast-forwarded; windowed modes only). */
  atProviderSeconds: number;
  decision: Decision;
}

/** mulberry32: small, fast, and the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function scenario(seed: number, index: number): Scenario {
  const next = random(seed * 7919 + index);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const mode = pick<Mode>(['auto', 'popup', 'redirect', 'new-tab']);
  const windowed = mode !== 'redirect';
  // Drawn in this order, new draws only at the end, so an older seed's scenarios keep what they had.
  const drawn: Omit<Scenario, 'reload'> = {
    index,
    mode,
    coop: windowed && next() < 0.4,
    blocked: windowed && next() < 0.25 ? pick(['null', 'closed'] as const) : false,
    doubleClick: next() < 0.3,
    secondMethod: next() < 0.2,
    atProviderSeconds: windowed ? pick([0, 0, 20, 60]) : 0,
    decision: pick<Decision>([
      'Approve',
      'Approve',
      'Approve (async)',
      'Decline',
      'Cancel',
      'close',
      'nothing',
    ]),
  };
  return { ...drawn, reload: windowed && next() < 0.25 };
}

export const describe = (s: Scenario) =>
  [
    `#${s.index} ${s.mode}`,
    s.coop && 'COOP',
    s.blocked && `blocked(${s.blocked})`,
    s.doubleClick && 'double click',
    s.secondMethod && 'second method',
    s.reload && 'merchant page reloaded',
    s.atProviderSeconds && `${s.atProviderSeconds}s at provider`,
    s.decision,
  ]
    .filter(Boolean)
    .join(', ');
