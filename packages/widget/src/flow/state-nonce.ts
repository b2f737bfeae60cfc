/** 144 random bits as 36 hex digits: unguessable and safe in a query string. */
export function createState(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(18)), (byte) =>
    (byte | 256).toString(16).slice(1),
  ).join('');
}
