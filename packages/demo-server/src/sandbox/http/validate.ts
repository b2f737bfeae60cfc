import type { z } from 'zod';
import { validationError } from './api-error.js';
import { emptyFields } from './empty-values.js';

export interface ParseOptions {
  /** Dotted paths where an empty string is a value (a hosted page opened without `state`); see empty-values.ts. */
  emptyAllowed?: readonly string[];
}

const EMPTY = 'must not be empty: leave it out, or send null in JSON';

/**
 * Parses or throws `request.validation-error` listing every bad field by its
 * dotted path. An empty string is refused for every field (empty-values.ts)
 * whatever its schema says, so no route can read it two ways.
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  options: ParseOptions = {},
): z.output<S> {
  const empty = emptyFields(input, new Set(options.emptyAllowed));
  const result = schema.safeParse(input);
  if (result.success && empty.length === 0) return result.data;
  const issues = [
    ...empty.map((path) => ({ path, message: EMPTY })),
    ...(result.success ? [] : result.error.issues)
      .map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }))
      .filter((issue) => !empty.includes(issue.path)),
  ];
  const fields = [...new Set(issues.map((issue) => issue.path || '(body)'))];
  const detail = issues.map((issue) => `${issue.path || 'body'}: ${issue.message}`);
  throw validationError(`Invalid request: ${detail.join('; ')}`, fields);
}
