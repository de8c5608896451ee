// What the pages say of each source, without the readers: the popup loads this, not the injected script's code.
import type { CaptureKind } from '../../core/capture/capture.ts';
import type { SiteAbout } from '../site.ts';

/** @internal exported for its tests */
export const SOURCES: readonly SiteAbout[] = Object.values(import.meta.glob<SiteAbout>('./*/about.ts', { eager: true, import: 'about' }));

const bySource = new Map(SOURCES.map((about) => [about.source as CaptureKind, about]));

/** A capture of nothing found is labelled as the generic reader's. */
export const aboutSource = (source: CaptureKind): SiteAbout => bySource.get(source) ?? bySource.get('generic')!;
