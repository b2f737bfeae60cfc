import { accountKind, gatewayFingerprint, maskAccount } from '../domain/apm-accounts.js';
import type { GatewayRequest, Project, Token } from '../domain/types.js';
import { ApiError } from '../http/api-error.js';
import type { Deps } from './deps.js';
import { consumeGatewayRequest, settlementOf } from './gateway-requests.js';
import { tokenOr404 } from './lookups.js';

/** `matched`: the APM account was already saved for this customer, and `token` is that earlier token. */
export interface SaveResult {
  token: Token;
  matched: boolean;
}

/**
 * Turns a blank token into a gateway token with the gateway request the
 * hosted page minted. "Approve (async)", or an APM that always settles later,
 * leaves it `pending` and unchargeable until the settle worker decides.
 */
export function saveToken(
  deps: Deps,
  project: Project,
  ids: { customerId: string; tokenId: string },
  source: string,
  verify: boolean,
): SaveResult {
  if (!source.startsWith('gway_req_')) {
    throw new ApiError(400, 'request.validation-error', 'source must be a gateway request (gway_req_…)', [
      'source',
    ]);
  }
  return deps.store.transaction(() => {
    // Read here, not by the caller: a token loaded before the request body arrived may have been saved since.
    const token = tokenOr404(deps, project.id, ids.customerId, ids.tokenId);
    // Spent first, so replaying the request that saved this token says "already used", the precise reason.
    const request = consumeGatewayRequest(deps, project.id, source, {
      customerId: token.customerId,
      tokenId: token.id,
    });
    return saveWithin(deps, token, request, verify);
  });
}

/**
 * Match or create (PaySimple's `matchOrCreateAccount`): a customer who saves
 * an APM account they already saved gets the token they have, untouched, and
 * the blank token stays blank for another time. Otherwise the blank token is
 * filled. Call inside a transaction, with the gateway request already spent.
 */
export function saveWithin(deps: Deps, token: Token, request: GatewayRequest, verify: boolean): SaveResult {
  if (token.type !== 'pending') {
    throw new ApiError(
      409,
      'token.already-saved',
      'This token already holds payment details; create a new one',
    );
  }
  const { apm, later } = settlementOf(deps, request);
  const kind = accountKind(apm.gateway);
  const fingerprint = request.account
    ? gatewayFingerprint(token.projectId, apm.gateway, request.account)
    : null;
  const existing =
    fingerprint && deps.store.tokens.findByFingerprint(token.projectId, token.customerId, fingerprint);
  if (existing) return { token: existing, matched: true };
  const wantsVerify = token.verify || verify;
  const saved: Token = {
    ...token,
    type: 'gateway_token',
    gatewayConfigurationId: request.gatewayConfigurationId,
    verify: wantsVerify,
    verificationStatus: later ? 'pending' : wantsVerify ? 'success' : 'not-requested',
    isChargeable: !later,
    verifyDueAt: later ? deps.now() + deps.asyncVerifyDelayMs : null,
    verifyResult: later ? apm.asyncResult : null,
    gatewayFingerprint: fingerprint,
    summary: request.account ? maskAccount(kind, request.account) : null,
  };
  deps.store.tokens.update(saved);
  return { token: saved, matched: false };
}
