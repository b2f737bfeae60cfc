import { describe, expect, it } from 'vitest';
import { PALETTE } from '../../src/ui/palette.js';
import { styles } from '../../src/ui/styles.js';

type Name = (typeof PALETTE)[number][0];
type Rgb = [number, number, number];

const hex = (value: string): Rgb => {
  const digits = value.slice(1);
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as Rgb;
};
const luminance = (rgb: Rgb) => {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
/** `color-mix(in srgb, colour 7%, transparent)` painted over `base`: the notices' tint. */
const tint = (colour: Rgb, base: Rgb): Rgb =>
  colour.map((c, i) => c * 0.07 + (base[i] as number) * 0.93) as Rgb;

/**
 * Every pair the stylesheet paints, foreground on background, with its WCAG 2.2 minimum:
 * 4.5 for text and the icons beside it, 3 for UI parts (focus ring, the chosen method's
 * border, the spinner, the success badge against its panel).
 */
const PAIRS: [string, Name, Name | ((c: (name: Name) => Rgb) => Rgb), number][] = [
  ['text on the page', 'text', 'background', 4.5],
  ['text in a panel', 'text', 'surface', 4.5],
  ['heading, chevrons and empty list on the page', 'muted', 'background', 4.5],
  ['logo initial in its tile', 'muted', 'surface', 4.5],
  ['primary button label', 'accent-text', 'accent', 4.5],
  ['fetch error in its panel', 'danger', 'surface', 4.5],
  ['declined and failed notices', 'danger', (c) => tint(c('danger'), c('background')), 4.5],
  ['canceled notice', 'muted', (c) => tint(c('muted'), c('background')), 4.5],
  ['popup-blocked and top-navigation icon in its panel', 'warning', 'surface', 4.5],
  ['success check on its badge', 'success-text', 'success', 4.5],
  ['success badge against its panel', 'success', 'surface', 3],
  ['focus ring and chosen method border on the page', 'accent', 'background', 3],
  ['focus ring and spinner in a panel', 'accent', 'surface', 3],
];

describe.each([
  ['light', 1],
  ['dark', 2],
] as const)('the %s theme', (_theme, column) => {
  const colour = (name: Name): Rgb => {
    const entry = PALETTE.find((e) => e[0] === name);
    if (!entry) throw new Error(`no ${name} in the palette`);
    return hex(entry[column]);
  };

  it.each(PAIRS)('gives %s enough contrast', (_what, fg, bg, minimum) => {
    const ratio = contrast(colour(fg), typeof bg === 'function' ? bg(colour) : colour(bg));
    expect(ratio).toBeGreaterThanOrEqual(minimum);
  });

  it('is what the stylesheet declares, each colour behind its --paydrop-* property', () => {
    for (const entry of PALETTE)
      expect(styles).toContain(`--${entry[0]}:var(--paydrop-${entry[0]},${entry[column]})`);
  });
});

it('follows prefers-color-scheme with the dark colours only for theme auto', () => {
  expect(styles).toMatch(
    /@media\(prefers-color-scheme:dark\)\{\.pd-auto\{--accent:var\(--paydrop-accent,#a5b4fc\)/,
  );
});

it('documents at least 20 --paydrop-* custom properties', () => {
  const names = new Set(styles.match(/--paydrop-[a-z-]+/g));
  expect(names.size).toBeGreaterThanOrEqual(20);
});
