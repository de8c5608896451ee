// The capture review with what it weighs loaded: the interviews, the open ones' people, contacts sharing an address with someone captured, the candidate's own addresses.
import { useMemo } from 'preact/hooks';
import type { Capture } from '../../core/capture/capture.ts';
import { filedUnder } from '../../core/filing/suggest.ts';
import type { Interview, Settings } from '../../core/types.ts';
import type { Db } from '../../db/open.ts';
import { readForFiling, type FilingResult, type StoredForFiling } from '../../db/file-capture.ts';
import { getSettings } from '../../db/settings.ts';
import { errorText, t } from '../../i18n.ts';
import { openDb, useLoaded } from '../use-loaded.ts';
import { CaptureReview, suggestionFor } from './CaptureReview.tsx';

interface Props {
  capture: Capture;
  url: string;
  /** What whereFiled read for this capture a moment ago: shown at once instead of read again. */
  weighed?: Weighed;
  onSaved: (result: FilingResult) => void;
  onCancel: () => void;
  onOpen: (interview: Interview) => void;
}

export interface Weighed {
  stored: StoredForFiling;
  settings: Settings;
}

async function readWeighed(d: Db, capture: Capture): Promise<Weighed> {
  return { stored: await readForFiling(d, capture), settings: await getSettings(d) };
}

/**
 * The interview a capture is already filed under with nothing to add (`filed`),
 * or null when the review has something to offer: the popup asks before it
 * opens the review, and stays home for a page it has filed.
 */
export async function whereFiled(capture: Capture): Promise<{ filed: Interview | null; weighed: Weighed }> {
  const weighed = await readWeighed(await openDb(), capture);
  const { stored, settings } = weighed;
  const filed = filedUnder(suggestionFor(capture, stored, settings, Date.now()), stored);
  return { filed, weighed };
}

export function CaptureView({ capture, url, weighed, onSaved, onCancel, onOpen }: Props) {
  const loaded = useLoaded((d) => readWeighed(d, capture), [capture], weighed);
  const now = useMemo(() => Date.now(), [loaded.value]);
  if (loaded.error) return <p role="alert">{errorText(loaded.error)}</p>;
  if (!loaded.value) return <p aria-busy="true">{t('loading')}</p>;
  return <CaptureReview capture={capture} url={url} stored={loaded.value.stored} settings={loaded.value.settings} now={now} onSaved={onSaved} onCancel={onCancel} onOpen={onOpen} />;
}
