import type { z } from 'zod';
import { validationError } from './api-error.js';

/** Parses or throws `request.validation-error` listing every bad field by its dotted path. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = [
    ...new Set(result.error.issues.map((issue) => issue.path.map(String).join('.') || '(body)')),
  ];
  const detail = result.error.issues.map((i) => `${i.path.map(String).join('.') || 'body'}: ${i.message}`);
  throw validationError(`Invalid request: ${detail.join('; ')}`, fields);
}
