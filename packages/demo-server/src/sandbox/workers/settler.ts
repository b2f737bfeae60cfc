import { tokenJson } from '../domain/serializers.js';
import type { Deps } from '../services/deps.js';

/**
 * Ends what the hosted page left pending: "Approve (async)" verifications
 * (and, through `invoiceSettler`, asynchronous payments). Due times live in
 * the database, so a restart picks up where it left off.
 */
export function tokenSettler(deps: Deps) {
  return {
    tick: (): void => {
      for (const token of deps.store.tokens.dueVerifications(deps.now())) {
        const project = deps.store.projects.find(token.projectId);
        if (!project) continue;
        const ok = token.verifyResult !== 'failed';
        const settled = {
          ...token,
          verificationStatus: ok ? ('success' as const) : ('failed' as const),
          isChargeable: ok,
          verifyDueAt: null,
        };
        deps.store.transaction(() => {
          deps.store.tokens.update(settled);
          const type = ok ? 'token.verified' : 'token.verification_failed';
          deps.recordEvent(project, type, { token: tokenJson(settled) }, token.webhookUrl);
        });
      }
    },
  };
}
