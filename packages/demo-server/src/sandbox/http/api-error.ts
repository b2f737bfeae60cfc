import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * The one error every route throws; the app's error handler turns it into
 * `{success:false, error_type, message, invalid_fields?}`. Error types are
 * dotted and stable because clients switch on them.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly errorType: string,
    message: string,
    readonly invalidFields?: string[],
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new ApiError(404, 'resource.not-found', `${what} not found`);

export const unauthorized = (message = 'Missing or invalid credentials') =>
  new ApiError(401, 'request.unauthorized', message);

export const validationError = (message: string, invalidFields: string[]) =>
  new ApiError(400, 'request.validation-error', message, invalidFields);
