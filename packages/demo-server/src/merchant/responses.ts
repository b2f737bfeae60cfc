import type { Context } from 'hono';
import type { z } from 'zod';

/** 400 with the fields that failed, in the sandbox's error shape. */
export function invalid(c: Context, error: z.ZodError) {
  return c.json(
    {
      success: false,
      error_type: 'request.validation-error',
      message: 'Invalid request body',
      invalid_fields: error.issues.map((issue) => issue.path.join('.')),
    },
    400,
  );
}

/** 403 for an ID the browser sent that is not the one its session holds. */
export function notYours(c: Context, what: string) {
  return c.json(
    { success: false, error_type: 'merchant.session-mismatch', message: `Not your ${what}` },
    403,
  );
}
