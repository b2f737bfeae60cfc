import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiError } from './api-error.js';

/**
 * A hosted page that can no longer be used (the token is saved, the invoice
 * paid, the flow decided or expired). As JSON it is an ordinary error; as a
 * page it says in words what happened and links back to the registered
 * return_url, so Back after a completed redirect is never a dead end.
 */
export class HostedPageError extends ApiError {
  constructor(
    status: ContentfulStatusCode,
    errorType: string,
    readonly title: string,
    message: string,
    readonly returnUrl: string | null,
  ) {
    super(status, errorType, message);
  }
}
