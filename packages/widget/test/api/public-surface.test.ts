import { expect, test, vi } from 'vitest';
import * as api from '../../src/index.js';

test('exports exactly the curated runtime surface', () => {
  expect(Object.keys(api).sort()).toEqual([
    'CanceledError',
    'Client',
    'DeclinedError',
    'GatewayUnavailableError',
    'InvalidOptionsError',
    'NetworkError',
    'PaydropError',
    'PopupBlockedError',
    'StateMismatchError',
    'UnauthorizedError',
    'ValidationError',
    'createClient',
    'handleReturn',
    'isPaydropError',
    'resumeFlow',
  ]);
});

test('importing the package touches no window or document (SSR-safe)', async () => {
  vi.resetModules();
  vi.stubGlobal('window', undefined);
  vi.stubGlobal('document', undefined);
  vi.stubGlobal('localStorage', undefined);
  try {
    const fresh = await import('../../src/index.js');
    expect(typeof fresh.createClient({ projectId: 'test-proj_abc' }).fetchGatewayConfigurations).toBe(
      'function',
    );
    expect(fresh.handleReturn()).toEqual({ kind: 'none' });
  } finally {
    vi.unstubAllGlobals();
  }
});
