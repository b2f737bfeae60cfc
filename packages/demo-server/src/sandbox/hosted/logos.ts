import { apmCatalog } from '../domain/apm-catalog.js';
import { escapeHtml } from './escape.js';

/**
 * A rounded square with the APM's initials: big, bold glyphs so it stays
 * legible at 32px. Built from the catalog, so a new APM gets a logo for free.
 */
export function logoSvg(gateway: string): string | undefined {
  const apm = apmCatalog.find((a) => a.gateway === gateway);
  if (!apm) return undefined;
  const { background, foreground, text } = apm.logo;
  const size = text.length > 2 ? 19 : 30;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64" role="img" aria-label="${escapeHtml(apm.displayName)}">
<rect width="64" height="64" rx="14" fill="${background}"/>
<text x="32" y="33" text-anchor="middle" dominant-baseline="central" fill="${foreground}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif" font-size="${size}" font-weight="800" letter-spacing="-0.5">${escapeHtml(text)}</text>
</svg>`;
}
