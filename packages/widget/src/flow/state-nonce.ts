/** 144 random bits, base64url without padding (24 characters): unguessable and safe in a query string. */
export function createState(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}
