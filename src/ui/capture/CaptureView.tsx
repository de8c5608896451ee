/**
 * The capture review with what it needs loaded: every interview (to suggest
 * where the capture belongs) and the candidate's own addresses, which neither
 * the popup's first view nor the dashboard's import has at hand.
 */
import type { Capture } from '../../capture/types.ts';
import type { FilingResult } from '../../db/file-capture.ts';
import { CaptureReview } from './CaptureReview.tsx';
import { errorText, t } from '../i18n.ts';
import { useInterviews } from '../use-interviews.ts';
import { useSettings } from '../use-settings.ts';

interface Props {
  capture: Capture;
  url: string;
  onSaved: (result: FilingResult) => void;
  onCancel: () => void;
}

export function CaptureView({ capture, url, onSaved, onCancel }: Props) {
  const interviews = useInterviews();
  const settings = useSettings();
  const failure = interviews.error ?? settings.error;
  if (failure) return <p role="alert">{errorText(failure)}</p>;
  if (!interviews.value || !settings.value) return <p aria-busy="true">{t('loading')}</p>;
  return <CaptureReview capture={capture} url={url} interviews={interviews.value} myEmails={settings.value.myEmails} onSaved={onSaved} onCancel={onCancel} />;
}
