/** The origin a browser sends for a registered URL; none for an app scheme (`yourapp://…`). */
export function webOrigin(url: string | null): string | null {
  if (!url) return null;
  const parsed = new URL(url);
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
}
