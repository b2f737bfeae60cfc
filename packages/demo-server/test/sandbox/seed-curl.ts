/**
 * The seeds' curl samples, verbatim from the ProcessOut guides "Saving APM
 * tokens" and "APM Prerequisites", and a small interpreter that sends them the
 * way curl does.
 */
export const seedCurls = {
  createCustomer: `curl -X POST https://api.processout.com/customers \\
-u test-proj_gAO1Uu0ysZJvDuUpOGPkUBeE3pGalk3x:key_sandbox_mah31RDFqcDxmaS7MvhDbJfDJvjtsFTB \\
-d first_name=John \\
-d last_name=Smith \\
-d currency=USD \\
-d return_url="https://www.super-merchant.com/return" \\
# or, if you're integrating on mobile:
-d return_url="yourapp://processout.return"`,
  createToken: `curl -X POST https://api.processout.com/customers/cust_WtaVdUjAGpOlbLiYWYXBR67whr91Rlks/tokens \\
-u test-proj_gAO1Uu0ysZJvDuUpOGPkUBeE3pGalk3x:key_sandbox_mah31RDFqcDxmaS7MvhDbJfDJvjtsFTB \\
-d return_url="https://www.super-merchant.com/return" \\
-d verify=true \\
# or, if you're integrating on mobile:
-d return_url="yourapp://processout.return"`,
  saveToken: `curl -X PUT https://api.processout.com/customers/cust_WtaVdUjAGpOlbLiYWYXBR67whr91Rlks/tokens/tok_fKK4btSG7wd13ZZaevzhMcuNbpjcu1Zy \\
-u test-proj_gAO1Uu0ysZJvDuUpOGPkUBeE3pGalk3x:key_sandbox_mah31RDFqcDxmaS7MvhDbJfDJvjtsFTB \\
-d source="gway_req_V2UncmUgaGlyaW5nIQ=="`,
  createInvoice: `curl https://api.processout.com/invoices \\
-u test-proj_gAO1Uu0ysZJvDuUpOGPkUBeE3pGalk3x:key_sandbox_mah31RDFqcDxmaS7MvhDbJfDJvjtsFTB \\
-d name="Amazing item" \\
-d amount="9.99" \\
-d currency=USD \\
-d return_url="https://www.super-merchant.com/return" \\
# Or, if you're integrating with a deep link on mobile:
-d return_url="your.application.id://processout/return"`,
};

export interface CurlCall {
  method: string;
  url: string;
  user: string | undefined;
  data: string[];
}

/**
 * Reads a sample as its reader would paste it. The guides put a comment line
 * between two continuation lines; a shell would end the command there, but
 * the samples mean both `-d` lines to be sent, so comment lines are dropped.
 */
export function parseCurl(sample: string): CurlCall {
  const text = sample
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n')
    .replace(/\\\n/g, ' ');
  const words = shellWords(text);
  const call: CurlCall = { method: '', url: '', user: undefined, data: [] };
  for (let i = 1; i < words.length; i++) {
    const word = words[i] ?? '';
    if (word === '-X') call.method = words[++i] ?? '';
    else if (word === '-u') call.user = words[++i];
    else if (word === '-d') call.data.push(words[++i] ?? '');
    else call.url = word;
  }
  // As curl: -d without -X means POST.
  call.method ||= call.data.length > 0 ? 'POST' : 'GET';
  return call;
}

/** Whitespace-separated words with "double" and 'single' quotes removed, as sh reads them. */
export function shellWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(/(?:"([^"]*)"|'([^']*)'|([^\s"']+))+/g)) {
    words.push(match[0].replace(/"([^"]*)"|'([^']*)'/g, (_, d?: string, s?: string) => d ?? s ?? ''));
  }
  return words;
}

/**
 * Sends it as curl does: `-d` values joined with `&`, not re-encoded, as
 * application/x-www-form-urlencoded; `-u` as Basic auth. `replace` swaps the
 * seed's example IDs for real ones.
 */
export async function sendCurl(call: CurlCall, baseUrl: string, replace: Record<string, string> = {}) {
  let url = call.url.replace('https://api.processout.com', baseUrl);
  let body = call.data.join('&');
  for (const [from, to] of Object.entries(replace)) {
    url = url.replaceAll(from, to);
    body = body.replaceAll(from, to);
  }
  const headers: Record<string, string> = {};
  if (call.user) headers.authorization = `Basic ${Buffer.from(call.user).toString('base64')}`;
  if (body) headers['content-type'] = 'application/x-www-form-urlencoded';
  const response = await fetch(url, { method: call.method, headers, body: body || undefined });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, Record<string, unknown>>,
  };
}
