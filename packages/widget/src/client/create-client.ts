import { resolveMode } from '../flow/mode.js';
import { type FlowHandle, runFlow } from '../flow/run-flow.js';
import type { Target } from '../flow/target.js';
import type {
  ClientEvents,
  ClientOptions,
  FlowOptions,
  GatewayConfiguration,
  GatewayConfigurationList,
  PaydropClient,
} from '../types.js';
import { abortable } from './abortable.js';
import { createEmitter } from './emitter.js';
import { configurationsUrl, defaultFilter, loadConfigurations } from './gateway-configurations.js';
import { check, FILTERS, MODES, oneOf } from './option-checks.js';
import { resolveClientOptions } from './options.js';
import { INVOICE_ID, TOKEN_IDS, toTarget } from './target.js';

/** Per page, not per client: a drop-in mounted again (or a new client) reuses the list. */
const cache = new Map<string, Promise<GatewayConfigurationList>>();

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
  let active: FlowHandle | undefined;

  /** `tokenize` and `pay` differ only in their target; `shape` is the call shown in error messages. */
  const flowMethod =
    (kind: Target['kind'], shape: string) => (config: GatewayConfiguration, opts: FlowOptions) => {
      check(
        typeof (config as Partial<GatewayConfiguration> | null)?.id === 'string',
        'config must be a gateway configuration',
        shape,
      );
      const target = toTarget(opts, shape, kind);
      const { mode, signal } = opts;
      oneOf(mode, MODES, 'mode', shape);
      check(typeof window !== 'undefined', 'Needs window', shape);
      // One flow at a time: a second click replaces the first rather than leaving two popups racing.
      active?.cancel();
      active = runFlow({
        ...resolved,
        win: window,
        mode: resolveMode(mode ?? resolved.mode, window.navigator.userAgent),
        config,
        target,
        signal,
        emit: events.emit,
      });
      return active.result;
    };

  const { projectId, apiUrl } = resolved;
  return {
    // The resolved options, defaults applied: the UI reads `locale` and `mode` from here.
    ...resolved,
    fetchGatewayConfigurations(value, opts) {
      const shape = `fetchGatewayConfigurations({ ${TOKEN_IDS} } | { ${INVOICE_ID} }, { filter?, signal? })`;
      const target = toTarget(value, shape);
      const filter = oneOf(opts?.filter, FILTERS, 'filter', shape) ?? defaultFilter(target);
      // The URL names the project, the target and the filter: all the cache key needs.
      const url = configurationsUrl(apiUrl, projectId, target, filter);
      let request = cache.get(url);
      if (!request) {
        request = loadConfigurations(url);
        // Failures are not cached, so "Try again" really tries again.
        request.catch(() => cache.delete(url));
        cache.set(url, request);
      }
      return abortable(request, opts?.signal);
    },
    // The result matches the target kind, which TypeScript cannot follow through flowMethod.
    tokenize: flowMethod(
      'token',
      `tokenize(config, { ${TOKEN_IDS}, mode?, signal? })`,
    ) as PaydropClient['tokenize'],
    pay: flowMethod('invoice', `pay(config, { ${INVOICE_ID}, mode?, signal? })`) as PaydropClient['pay'],
    on: events.on,
  };
}
