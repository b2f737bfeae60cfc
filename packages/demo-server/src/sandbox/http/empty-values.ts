/**
 * Where a field is empty (`key=` in a form, `""` in JSON), or every path
 * under an object. Forms have no null, so an empty value is easy to send by
 * accident; read as "not given" by one check (`if (input.customer_id)`) and as
 * a value by the next (`customer_id ?? null`), one once reached the database as
 * a foreign key to nothing. So no field takes an empty string: it is refused,
 * naming the field, before any schema reads it. Leaving a field out, or `null`
 * in JSON, is how a caller says "not given".
 */
export function emptyFields(input: unknown, allowed: ReadonlySet<string> = new Set()): string[] {
  return walk(input, [], allowed);
}

/** Metadata values are the merchant's own data, stored as sent: an empty one is a value like any other. */
const DATA_KEYS = new Set(['metadata']);

function walk(value: unknown, path: string[], allowed: ReadonlySet<string>): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const at = [...path, key];
    const dotted = at.join('.');
    if (child === '') return allowed.has(dotted) ? [] : [dotted];
    return DATA_KEYS.has(key) ? [] : walk(child, at, allowed);
  });
}
