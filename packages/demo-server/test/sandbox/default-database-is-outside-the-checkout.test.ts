import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCliSettings } from '../../src/sandbox/cli-options.js';
import { defaultDataDir } from '../../src/sandbox/default-data-dir.js';

const checkout = resolve(fileURLToPath(new URL('../../../..', import.meta.url)));
const inside = (dir: string, path: string) => !relative(dir, path).startsWith('..');

describe('the default database', () => {
  it('lives in the state directory, outside the checkout the demo serves', () => {
    const dir = defaultDataDir(checkout, {});
    expect(inside(checkout, dir)).toBe(false);
    expect(dir).toMatch(/\/\.local\/state\/paydrop\/[^/]+-[0-9a-f]{8}$/);
  });

  it('follows XDG_STATE_HOME, one folder per checkout', () => {
    const a = defaultDataDir('/work/a', { XDG_STATE_HOME: '/var/state' });
    const b = defaultDataDir('/work/b/a', { XDG_STATE_HOME: '/var/state' });
    expect(a.startsWith('/var/state/paydrop/a-')).toBe(true);
    expect(a).not.toBe(b);
  });

  it('is where paydrop-sandbox puts its file unless told otherwise', () => {
    const settings = readCliSettings([], { XDG_STATE_HOME: '/var/state' });
    if (settings === 'help') throw new Error('unexpected help');
    expect(settings.options.dbPath).toBe(
      join(defaultDataDir(process.cwd(), { XDG_STATE_HOME: '/var/state' }), 'sandbox.db'),
    );
    expect(inside(process.cwd(), settings.options.dbPath)).toBe(false);
  });
});
