import { expect, test, vi } from 'vitest';
import { navigate } from '../../src/flow/redirect.js';
import { client, config, target } from './fake-popup.js';

/** A stand-in for a window inside a cross-origin iframe. */
function framedWindow(topHref: { set: (url: string) => void }) {
  const self = { location: { assign: vi.fn() } } as unknown as Window & { self: Window };
  const top = {
    location: {
      set href(url: string) {
        topHref.set(url);
      },
    },
  };
  Object.assign(self, { self, top });
  return self;
}

test('navigates the current page when not framed', () => {
  const assign = vi.fn();
  const win = { location: { assign } } as unknown as Window;
  Object.assign(win, { self: win, top: win });
  expect(navigate(win, 'https://pay.example/x')).toBe(true);
  expect(assign).toHaveBeenCalledWith('https://pay.example/x');
});

test('navigates the top window from inside an iframe', () => {
  const set = vi.fn();
  const win = framedWindow({ set });
  expect(navigate(win, 'https://pay.example/x')).toBe(true);
  expect(set).toHaveBeenCalledWith('https://pay.example/x');
  expect(win.location.assign).not.toHaveBeenCalled();
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
