/**
 * What `npm start` decides to do: open a browser window only where there is a
 * display; without one, build, say so and say how to load the build by hand,
 * then exit (it used to fall back to a headless browser that either closed at
 * once with a misleading message or, in Firefox, waited forever).
 */
import { describe, expect, it } from 'vitest';
import { noDisplayMessage, startPlan } from '../../scripts/start.mjs';

describe('startPlan', () => {
  it.each([
    ['Linux with X', [], { DISPLAY: ':0' }, 'linux', { action: 'open', browser: 'chrome' }],
    ['Linux with Wayland, Firefox', ['--firefox'], { WAYLAND_DISPLAY: 'wayland-0' }, 'linux', { action: 'open', browser: 'firefox' }],
    ['Linux without a display', [], {}, 'linux', { action: 'explain', browser: 'chrome' }],
    ['Linux without a display, Firefox', ['--firefox'], {}, 'linux', { action: 'explain', browser: 'firefox' }],
    ['an empty DISPLAY', [], { DISPLAY: '' }, 'linux', { action: 'explain', browser: 'chrome' }],
    ['macOS, no DISPLAY needed', [], {}, 'darwin', { action: 'open', browser: 'chrome' }],
    ['Windows, no DISPLAY needed', ['--firefox'], {}, 'win32', { action: 'open', browser: 'firefox' }],
    ['--headless without a display', ['--headless'], {}, 'linux', { action: 'check', browser: 'chrome' }],
    ['--headless with a display', ['--firefox', '--headless'], { DISPLAY: ':0' }, 'linux', { action: 'check', browser: 'firefox' }],
  ] as const)('%s', (_case, argv, env, platform, plan) => {
    expect(startPlan({ argv, env, platform })).toEqual(plan);
  });
});

describe('noDisplayMessage', () => {
  it('tells a Chromium user there is no display and how to load dist/chrome by hand', () => {
    expect(noDisplayMessage('chrome', 'dist/chrome')).toBe(
      'There is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so npm start cannot open a browser window.\n' +
        'Afterview is built in dist/chrome. To load it by hand in Chrome or Chromium: open chrome://extensions, turn on "Developer mode", click "Load unpacked" and choose the dist/chrome folder.\n' +
        'On a machine with a display, npm start opens the browser with Afterview loaded.',
    );
  });

  it('tells a Firefox user how to load dist/firefox as a temporary add-on', () => {
    expect(noDisplayMessage('firefox', 'dist/firefox')).toBe(
      'There is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so npm start cannot open a browser window.\n' +
        'Afterview is built in dist/firefox. To load it by hand in Firefox: open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on…" and choose dist/firefox/manifest.json.\n' +
        'On a machine with a display, npm start opens the browser with Afterview loaded.',
    );
  });
});
