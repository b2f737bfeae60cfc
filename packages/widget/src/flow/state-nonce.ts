/** 160 random bits as five decimal words joined by `_`: unguessable and safe in a query string. */
export const createState = (): string => crypto.getRandomValues(new Uint32Array(5)).join('_');
