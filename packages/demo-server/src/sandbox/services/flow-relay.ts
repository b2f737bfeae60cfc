import { FLOW_LIFETIME_MS, isFlowExpired } from '../domain/flow-json.js';
import type { FlowRecord } from '../domain/types.js';
import { webOrigin } from '../domain/web-origin.js';
import type { Outcome } from '../hosted/delivery.js';
import { ApiError } from '../http/api-error.js';
import { HostedPageError } from '../http/hosted-page-error.js';
import type { Deps } from './deps.js';
import type { HostedTarget } from './hosted-target.js';

type Binding = Pick<
  FlowRecord,
  'projectId' | 'gatewayConfigurationId' | 'customerId' | 'tokenId' | 'invoiceId'
>;

function bindingOf(target: HostedTarget): Binding {
  return {
    projectId: target.project.id,
    gatewayConfigurationId: target.config.id,
    customerId: target.kind === 'token' ? target.customer.id : null,
    tokenId: target.kind === 'token' ? target.token.id : null,
    invoiceId: target.kind === 'invoice' ? target.invoice.id : null,
  };
}

const sameBinding = (flow: FlowRecord, binding: Binding) =>
  (Object.keys(binding) as (keyof Binding)[]).every((key) => flow[key] === binding[key]);

/**
 * The flow a hosted page serves, registered under its state on the first
 * showing (or decision): from then on the relay answers for it. Throws the
 * page's explanation once the flow is decided or expired, or if the state
 * belongs to another page, so one state never yields two decisions.
 */
export function openFlow(deps: Deps, target: HostedTarget, state: string): FlowRecord {
  const binding = bindingOf(target);
  const now = deps.now();
  const flow =
    deps.store.flows.find(state) ??
    deps.store.flows.insert({
      state,
      ...binding,
      returnOrigin: webOrigin(target.returnUrl),
      status: 'pending',
      gatewayRequestId: null,
      errorCode: null,
      expiresAt: now + FLOW_LIFETIME_MS,
      decidedAt: null,
      createdAt: now,
    });
  if (!sameBinding(flow, binding)) {
    throw closedPage(
      409,
      'flow.mismatch',
      target,
      'This payment page cannot be used',
      'It belongs to another payment.',
    );
  }
  if (flow.status !== 'pending' || isFlowExpired(flow, now)) throw explanation(flow, target, now);
  return flow;
}

function closedPage(
  status: 409 | 410,
  type: string,
  target: HostedTarget,
  title: string,
  what: string,
): HostedPageError {
  const shop = target.project.name;
  return new HostedPageError(status, type, title, `${what} Return to ${shop} to continue.`, target.returnUrl);
}

function explanation(flow: FlowRecord, target: HostedTarget, now: number): HostedPageError {
  const apm = target.apm.displayName;
  if (isFlowExpired(flow, now)) {
    return closedPage(
      410,
      'flow.expired',
      target,
      'This payment page has expired',
      'Nothing was charged or saved.',
    );
  }
  if (flow.status === 'success') {
    return closedPage(409, 'flow.decided', target, 'Already approved', `You already approved ${apm} here.`);
  }
  if (flow.status === 'error') {
    return closedPage(409, 'flow.decided', target, 'Already declined', `${apm} declined this payment.`);
  }
  return closedPage(
    409,
    'flow.decided',
    target,
    'Canceled',
    'This payment was canceled; nothing was charged or saved.',
  );
}

const STATUSES: Record<Outcome, Pick<FlowRecord, 'status' | 'errorCode'>> = {
  approve: { status: 'success', errorCode: null },
  'approve-async': { status: 'success', errorCode: null },
  decline: { status: 'error', errorCode: 'gateway.declined' },
  cancel: { status: 'canceled', errorCode: 'customer.canceled' },
};

/** Records the shopper's decision; inside the transaction that mints the gateway request, so both or neither. */
export function recordDecision(
  deps: Deps,
  flow: FlowRecord,
  outcome: Outcome,
  gatewayRequestId: string | null,
): void {
  const now = deps.now();
  const decided = deps.store.flows.decide(
    flow.state,
    { ...STATUSES[outcome], gatewayRequestId },
    now,
    now + FLOW_LIFETIME_MS,
  );
  if (!decided) throw new ApiError(409, 'flow.decided', 'This payment was already decided');
}

/**
 * What the relay may tell about a state: nothing (undefined → 404) if it is
 * unknown, another project's, or past its time, nor once its gateway request
 * is spent or expired.
 */
export function readFlow(deps: Deps, projectId: string, state: string): FlowRecord | undefined {
  const flow = deps.store.flows.find(state);
  const now = deps.now();
  if (!flow || flow.projectId !== projectId || flow.expiresAt <= now) return undefined;
  if (flow.status !== 'success') return flow;
  const request = deps.store.gatewayRequests.find(projectId, flow.gatewayRequestId ?? '');
  return request && request.usedAt === null && request.expiresAt > now ? flow : undefined;
}

/**
 * Ends a pending flow as canceled (the hosted page was closed or left, or the
 * widget stopped waiting), so a late Approve in a window nobody watches is
 * refused rather than lost. Answers the flow as it then stands: a decision
 * that came first wins.
 */
export function cancelFlow(deps: Deps, projectId: string, state: string): FlowRecord | undefined {
  return deps.store.transaction(() => {
    const flow = readFlow(deps, projectId, state);
    if (flow?.status !== 'pending') return flow;
    const now = deps.now();
    deps.store.flows.decide(
      state,
      { ...STATUSES.cancel, gatewayRequestId: null },
      now,
      now + FLOW_LIFETIME_MS,
    );
    return readFlow(deps, projectId, state);
  });
}
