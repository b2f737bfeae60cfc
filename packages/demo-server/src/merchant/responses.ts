import type { Context } from 'hono';
import type { z } from 'zod';

/** 400 with the fields that failed, in the sandbox's error shape. */
export function invalid(c: Context, error: z.ZodError) {
  return c.json(
    {
      success: false,
      error_type: 'request.validation-error',
      message: 'Invalid request body',
      invalid_fields: [...new Set(error.issues.map((issue) => issue.path.join('.') || '(body)'))],
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

const refuse = (c: Context, status: 400 | 415, errorType: string, message: string) => ({
  response: c.json({ success: false, error_type: errorType, message }, status),
});

/**
 * The JSON body checked against `schema`: the data, or the answer to send. No
 * body reads as `{}`; a body that is not JSON (a form post, bad JSON, an
 * array) is refused as such, rather than read as empty and answered with
 * every required field "missing".
 */
export async function parseBody<T extends z.ZodType>(
  c: Context,
  schema: T,
): Promise<{ data: z.infer<T> } | { response: Response }> {
  const text = await c.req.text();
  let input: unknown = {};
  if (text.trim() !== '') {
    if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json')) {
      return refuse(c, 415, 'request.unsupported-media-type', 'Send the body as application/json');
    }
    try {
      input = JSON.parse(text);
    } catch {
      return refuse(c, 400, 'request.malformed-json', 'The request body is not valid JSON');
    }
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return refuse(c, 400, 'request.malformed-json', 'The request body must be a JSON object');
    }
  }
  const parsed = schema.safeParse(input);
  return parsed.success ? { data: parsed.data } : { response: invalid(c, parsed.error) };
}
