export declare function startPlan(input: { argv: readonly string[]; env: Record<string, string | undefined>; platform: string }): {
  action: 'open' | 'check' | 'explain';
  browser: 'chrome' | 'firefox';
};
export declare function noDisplayMessage(browser: 'chrome' | 'firefox', dist: string): string;
