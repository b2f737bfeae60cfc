/** Epoch milliseconds as the API's ISO 8601 strings; `null` stays `null`, as the SDKs expect. */
export const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
