import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { HOSTED_CSP, renderResultPage } from '../hosted/page-html.js';
import { ApiError } from './api-error.js';
import type { SandboxEnv } from './env.js';
import { HostedPageError } from './hosted-page-error.js';

/** Status and HTML, optionally with a page-specific CSP; or a ready Response. */
export type HostedAnswer = [ContentfulStatusCode, string] | [ContentfulStatusCode, string, string] | Response;

const titles: Partial<Record<number, string>> = {
  404: 'Page not found',
  410: 'This page has expired',
};

/**
 * Hosted pages answer in HTML, errors included, under a strict CSP and
 * without a Referer (their URLs are capabilities). A render may also answer
 * with a ready Response, such as the redirect back to the merchant. With
 * `coop`, every answer sends `Cross-Origin-Opener-Policy: same-origin`, as
 * many real provider pages do.
 */
export async function hostedHtml(
  c: Context<SandboxEnv>,
  render: () => HostedAnswer | Promise<HostedAnswer>,
  options: { coop?: boolean } = {},
): Promise<Response> {
  const headers: Record<string, string> = {
    'content-security-policy': HOSTED_CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  };
  if (options.coop) headers['cross-origin-opener-policy'] = 'same-origin';
  try {
    const answer = await render();
    if (answer instanceof Response) {
      answer.headers.set('cache-control', 'no-store');
      answer.headers.set('referrer-policy', 'no-referrer');
      if (options.coop) answer.headers.set('cross-origin-opener-policy', 'same-origin');
      return answer;
    }
    const [status, body, csp = HOSTED_CSP] = answer;
    return c.html(body, status, { ...headers, 'content-security-policy': csp });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error instanceof HostedPageError) {
      const page = renderResultPage({ title: error.title, message: error.message, link: error.returnUrl });
      return c.html(page, error.status, headers);
    }
    const title = titles[error.status] ?? 'This payment page cannot be used';
    return c.html(renderResultPage({ title, message: error.message }), error.status, headers);
  }
}
