import type { BrowserContext, LaunchOptions, Worker } from 'playwright-core';

export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: string[];
export declare function launchWithExtension(
  dist: string,
  options: { profile: string; headless?: boolean; siteHosts?: readonly string[]; args?: string[] } & Omit<LaunchOptions, 'args' | 'headless'> & Record<string, unknown>,
): Promise<{ context: BrowserContext; worker: Worker; origin: string }>;
