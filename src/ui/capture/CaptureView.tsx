// The capture review with what it weighs loaded: the interviews, the open ones' people, contacts sharing an address with someone captured, the candidate's own addresses.
import { useMemo } from 'preact/hooks';
import type { Capture } from '../../core/capture/capture.ts';
import type { Interview } from '../../core/types.ts';
import { readForFiling, type FilingResult } from '../../db/file-capture.ts';
import { getSettings } from '../../db/settings.ts';
import { errorText, t } from '../../i18n.ts';
import { useLoaded } from '../use-loaded.ts';
import { CaptureReview } from './CaptureReview.tsx';

interface Props {
  capture: Capture;
  url: string;
  onSaved: (result: FilingResult) => void;
  onCancel: () => void;
  onOpen: (interview: Interview) => void;
}

export function CaptureView({ capture, url, onSaved, onCancel, onOpen }: Props) {
  const loaded = useLoaded(async (d) => ({ stored: await readForFiling(d, capture), settings: await getSettings(d) }), [capture]);
  const now = useMemo(() => Date.now(), [loaded.value]);
  if (loaded.error) return <p role="alert">{errorText(loaded.error)}</p>;
  if (!loaded.value) return <p aria-busy="true">{t('loading')}</p>;
  return <CaptureReview capture={capture} url={url} stored={loaded.value.stored} settings={loaded.value.settings} now={now} onSaved={onSaved} onCancel={onCancel} onOpen={onOpen} />;
}
