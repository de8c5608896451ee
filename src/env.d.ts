/** Replaced at build time by vite.config.ts; true only in the dist/e2e-* test builds. */
declare const __AFTERVIEW_E2E__: boolean;
