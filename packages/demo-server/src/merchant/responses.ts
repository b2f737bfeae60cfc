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

/** 401 for what only a signed-in shopper may do. */
export function signedOut(c: Context) {
  return c.json({ success: false, error_type: 'merchant.signed-out', message: 'Sign in first' }, 401);
}

/** The JSON body checked against `schema`: the data, or the 400 to answer. */
export async function parseBody<T extends z.ZodType>(
  c: Context,
  schema: T,
): Promise<{ data: z.infer<T> } | { response: Response }> {
  const parsed = schema.safeParse(await c.req.json().catch(() => ({})));
  return parsed.success ? { data: parsed.data } : { response: invalid(c, parsed.error) };
}
