import type { Project, Token } from '../domain/types.js';
import { ApiError } from '../http/api-error.js';
import type { Deps } from './deps.js';
import { consumeGatewayRequest, settlementOf } from './gateway-requests.js';
import { tokenOr404 } from './lookups.js';

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
): Token {
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
    if (token.type !== 'pending') {
      throw new ApiError(
        409,
        'token.already-saved',
        'This token already holds payment details; create a new one',
      );
    }
    const { apm, later } = settlementOf(deps, request);
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
    };
    deps.store.tokens.update(saved);
    return saved;
  });
}
