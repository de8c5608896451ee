// Every folder here with a reader.ts is a page site: found by the build, so adding a site touches only its folder.
import type { Site } from '../site.ts';

const found = Object.values(import.meta.glob<Site>('./*/reader.ts', { eager: true, import: 'site' }));

/** The page readers, the fallback last: it reads only what no other site claims. */
export const SITES: readonly Site[] = [
  ...found.filter((site) => !site.fallback),
  ...found.filter((site) => site.fallback).map((fallback) => ({ ...fallback, detect: (url: URL) => fallback.detect(url) && !found.some((s) => !s.fallback && s.detect(url)) })),
];
