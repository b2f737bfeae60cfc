import { expect, test } from 'vitest';
import { resolveMode } from '../../src/flow/mode.js';

const CHROME =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 Chrome/126.0 Safari/537.36';

test('auto picks a popup on a desktop browser', () => {
  expect(resolveMode('auto', CHROME)).toBe('popup');
});

test.each([
  ['Instagram', 'Mozilla/5.0 (iPhone) AppleWebKit/605.1.15 Mobile/15E148 Instagram 300.0.0'],
  ['Facebook', 'Mozilla/5.0 (iPhone) Mobile/15E148 [FBAN/FBIOS;FBAV/420.0.0]'],
  ['Messenger', 'Mozilla/5.0 (Linux; Android 13) Chrome/120 Mobile [FB_IAB/Orca-Android;FBAV/440.0]'],
  ['Samsung Internet', 'Mozilla/5.0 (Linux; Android 13) SamsungBrowser/23.0 Chrome/115 Mobile Safari/537.36'],
  ['LINE', 'Mozilla/5.0 (iPhone) Mobile/15E148 Safari Line/13.1.0'],
])('auto picks a full redirect in the %s in-app browser', (_name, ua) => {
  expect(resolveMode('auto', ua)).toBe('redirect');
});

test('an explicit mode is kept whatever the browser', () => {
  expect(resolveMode('new-tab', 'Instagram')).toBe('new-tab');
  expect(resolveMode('popup', 'Instagram')).toBe('popup');
});
