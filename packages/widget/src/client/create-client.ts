import { InvalidOptionsError } from '../errors/invalid-options-error.js';
import { resolveMode } from '../flow/mode.js';
import { type FlowHandle, runFlow } from '../flow/run-flow.js';
import type { Target } from '../flow/target.js';
import type {
  ClientEvents,
  ClientOptions,
  FlowMode,
  GatewayConfiguration,
  GatewayFilter,
  PaydropClient,
  PaySuccess,
  Result,
  TokenizeSuccess,
} from '../types.js';
import { abortable } from './abortable.js';
import { createEmitter } from './emitter.js';
import { configurationsUrl, defaultFilter, loadConfigurations } from './gateway-configurations.js';
import { invalidOptions, MODES, type ResolvedClientOptions, resolveClientOptions } from './options.js';
import { INVOICE_SHAPE, TOKEN_SHAPE, toTarget } from './target.js';

function checkFlowArgs(config: unknown, options: { mode?: unknown } | undefined, shape: string): void {
  if (typeof config !== 'object' || config === null || typeof (config as { id?: unknown }).id !== 'string') {
    invalidOptions('config must be a gateway configuration from fetchGatewayConfigurations()', shape);
  }
  if (options?.mode !== undefined && !MODES.includes(options.mode as FlowMode)) {
    invalidOptions(`mode must be one of ${MODES.join(', ')}`, shape);
  }
}

function browserWindow(): Window {
  if (typeof window === 'undefined')
    throw new InvalidOptionsError('tokenize() and pay() run in a browser only.');
  return window;
}

/**
 * Creates the headless client. Options are checked at once; bad ones throw an
 * `InvalidOptionsError` whose message shows the expected call.
 * @example
 * const client = createClient({ projectId: 'test-proj_…', apiUrl: 'https://sandbox.example' });
 * const [config] = await client.fetchGatewayConfigurations({ customerId, tokenId });
 * button.onclick = async () => console.log(await client.tokenize(config, { customerId, tokenId }));
 */
export function createClient(options: ClientOptions): PaydropClient {
  const resolved = resolveClientOptions(options);
  const events = createEmitter<ClientEvents>();
  const cache = new Map<string, Promise<GatewayConfiguration[]>>();
  let active: FlowHandle | undefined;

  const fetchGatewayConfigurations = (
    target: Target,
    filter: GatewayFilter | undefined,
    signal?: AbortSignal,
  ) => {
    const url = configurationsUrl(resolved.apiUrl, target, filter ?? defaultFilter(target));
    let request = cache.get(url);
    if (!request) {
      request = loadConfigurations(url, resolved.projectId);
      // Failures are not cached, so "Try again" really tries again.
      request.catch(() => cache.delete(url));
      cache.set(url, request);
    }
    return abortable(request, signal);
  };

  const start = (
    config: GatewayConfiguration,
    target: Target,
    mode: FlowMode | undefined,
    signal?: AbortSignal,
  ) => {
    const win = browserWindow();
    // One flow at a time: a second click replaces the first rather than leaving two popups racing.
    active?.cancel();
    const flow = runFlow({
      ...flowSettings(resolved, win, mode),
      config,
      target,
      signal,
      emit: events.emit,
      hasListener: events.has,
    });
    active = flow;
    return flow.result;
  };

  return {
    projectId: resolved.projectId,
    apiUrl: resolved.apiUrl,
    checkoutUrl: resolved.checkoutUrl,
    locale: resolved.locale,
    fetchGatewayConfigurations(target, opts) {
      const shape = `fetchGatewayConfigurations(${TOKEN_SHAPE} | ${INVOICE_SHAPE}, { filter?, signal? })`;
      return fetchGatewayConfigurations(toTarget(target, shape), opts?.filter, opts?.signal);
    },
    tokenize(config, opts) {
      const shape = `tokenize(config, ${TOKEN_SHAPE})`;
      checkFlowArgs(config, opts, shape);
      const target = toTarget({ customerId: opts?.customerId, tokenId: opts?.tokenId }, shape);
      return start(config, target, opts.mode, opts.signal) as Promise<Result<TokenizeSuccess>>;
    },
    pay(config, opts) {
      const shape = `pay(config, ${INVOICE_SHAPE})`;
      checkFlowArgs(config, opts, shape);
      const target = toTarget({ invoiceId: opts?.invoiceId ?? null }, shape);
      return start(config, target, opts.mode, opts.signal) as Promise<Result<PaySuccess>>;
    },
    on: events.on,
  };
}

function flowSettings(resolved: ResolvedClientOptions, win: Window, mode: FlowMode | undefined) {
  return {
    win,
    projectId: resolved.projectId,
    checkoutUrl: resolved.checkoutUrl,
    mode: resolveMode(mode ?? resolved.mode, win.navigator.userAgent),
    popupBlocked: resolved.popupBlocked,
  };
}
