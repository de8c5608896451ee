/**
 * What the real-browser suites need from a browser, the same for Chromium
 * (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi), so
 * each scenario is written once and run in both.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export type BrowserName = 'chromium' | 'firefox';

export interface ExtPage {
  /** Runs `fn` inside the page (for extension pages: with the extension's APIs). */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  click(selector: string): Promise<void>;
  fill(selector: string, value: string): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  press(key: string): Promise<void>;
  text(selector: string): Promise<string>;
  waitFor(selector: string, options?: { hidden?: boolean; timeout?: number }): Promise<void>;
  /** Waits until `fn` returns a truthy value in the page; returns that value. */
  waitForFunction<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A, timeout?: number): Promise<T>;
  url(): Promise<string>;
  reload(): Promise<void>;
  /** Sizes the page's viewport, e.g. to the popup's real 400 × 600. */
  setViewport(width: number, height: number): Promise<void>;
  /**
   * Saves a PNG of what the viewport shows when `AFTERVIEW_SHOTS` names a folder
   * (as `<folder>/<name>.png`), so a journey can be looked at; otherwise does nothing.
   */
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

export interface ExtBrowser {
  name: BrowserName;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  origin: string;
  /** Opens one of the extension's pages (path relative to the dist root) in a new tab. */
  openExtensionPage(path: string): Promise<ExtPage>;
  /** Opens an ordinary web page in a new tab. */
  openWebPage(url: string): Promise<ExtPage>;
  /** A tab the browser or the extension opened itself (the welcome page on install), once its address matches. */
  findPage(match: (url: string) => boolean): Promise<ExtPage>;
  /**
   * What the extension tried to send out: requests the browser saw from its
   * own pages and background (Chromium reports these), and requests its content
   * security policy refused (recorded by the test build in both browsers).
   */
  privacyReport(): Promise<PrivacyReport>;
  /** Closes the browser; fails if the extension made any request (see privacyReport). */
  close(): Promise<void>;
}

export interface PrivacyReport {
  requests: string[];
  violations: string[];
}

/** Where `ExtPage.screenshot` writes `name`, or null when screenshots are not asked for. */
export function shotPath(name: string): string | null {
  const folder = process.env.AFTERVIEW_SHOTS;
  if (!folder) return null;
  mkdirSync(folder, { recursive: true });
  return join(folder, `${name.replace(/[^\w.-]+/g, '-')}.png`);
}

/** Every suite is a privacy guard: closing a browser in which Afterview made a request fails the suite. */
export function assertPrivate(report: PrivacyReport, browserName: BrowserName): void {
  const all = [...report.requests.map((r) => `request ${r}`), ...report.violations.map((v) => `refused ${v}`)];
  if (all.length > 0) throw new Error(`Afterview tried to reach the network in ${browserName}:\n${all.join('\n')}`);
}
