import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'demo-server',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    testTimeout: 15_000,
  },
});
