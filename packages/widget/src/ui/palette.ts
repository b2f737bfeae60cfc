/**
 * The built-in colours: `[custom property, light, dark]`.
 * Each becomes `--<property>:var(--paydrop-<property>,<colour>)` (see styles.ts), so a
 * merchant's `--paydrop-*` on the host wins over both themes.
 * test/ui/theme-contrast.test.ts holds every text and icon pair to WCAG 2.2 AA.
 */
export const PALETTE = [
  ['accent', '#4f46e5', '#a5b4fc'],
  ['accent-text', '#fff', '#1e1b4b'],
  ['background', '#fff', '#111827'],
  ['surface', '#f6f8fa', '#1f2937'],
  ['text', '#1a1f36', '#f3f4f6'],
  ['muted', '#5b6275', '#a3acbc'],
  ['border', '#d8dde6', '#4b5563'],
  ['danger', '#c0392b', '#fca5a5'],
  ['warning', '#8a5a00', '#fcd34d'],
  ['success', '#15803d', '#86efac'],
  ['success-text', '#fff', '#052e16'],
] as const;

export type PaletteEntry = (typeof PALETTE)[number];
