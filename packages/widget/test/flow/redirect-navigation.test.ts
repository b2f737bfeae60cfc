import { expect, test, vi } from 'vitest';
import { navigate } from '../../src/flow/redirect.js';
import { client, config, target } from './fake-popup.js';

const locationSpy = (set: (url: string) => void) => ({
  set href(url: string) {
    set(url);
  },
});

/** A stand-in for a window inside a cross-origin iframe. */
function framedWindow(topHref: { set: (url: string) => void }) {
  const self = { location: locationSpy(vi.fn()) } as unknown as Window & { self: Window };
  Object.assign(self, { self, top: { location: locationSpy(topHref.set) } });
  return self;
}

test('navigates the current page when not framed', () => {
  const set = vi.fn();
  const win = { location: locationSpy(set) } as unknown as Window;
  Object.assign(win, { self: win, top: win });
  expect(navigate(win, 'https://pay.example/x')).toBe(true);
  expect(set).toHaveBeenCalledWith('https://pay.example/x');
});

test('navigates the top window from inside an iframe, never the frame itself', () => {
  const set = vi.fn();
  const frameSet = vi.fn();
  const win = { location: locationSpy(frameSet) } as unknown as Window;
  Object.assign(win, { self: win, top: { location: locationSpy(set) } });
  expect(navigate(win, 'https://pay.example/x')).toBe(true);
  expect(set).toHaveBeenCalledWith('https://pay.example/x');
  expect(frameSet).not.toHaveBeenCalled();
});

test('reports false when the browser refuses to navigate the top window', () => {
  const win = framedWindow({
    set: () => {
      throw new DOMException('no user activation', 'SecurityError');
    },
  });
  expect(navigate(win, 'https://pay.example/x')).toBe(false);
});

test('emits top-navigation-blocked with the URL when top navigation is refused', () => {
  const topLocation = {};
  Object.defineProperty(topLocation, 'href', {
    set() {
      throw new DOMException('blocked', 'SecurityError');
    },
  });
  const top = vi.spyOn(window, 'top', 'get').mockReturnValue({ location: topLocation } as unknown as Window);
  const c = client({ mode: 'redirect' });
  const onBlocked = vi.fn();
  c.on('top-navigation-blocked', onBlocked);
  void c.tokenize(config, target);
  expect(onBlocked).toHaveBeenCalledWith({
    config,
    url: expect.stringContaining('/redirect/gway_conf_1?state='),
  });
  top.mockRestore();
  localStorage.clear();
});
