/** A labelled progress bar that also says the percentage in words the browser's language writes. */
import { uiLanguage } from '../../i18n.ts';

export function ProgressBar({ id, label, fraction }: { id: string; label: string; fraction: number }) {
  const clamped = Math.min(1, Math.max(0, fraction));
  const percent = new Intl.NumberFormat(uiLanguage(), { style: 'percent' }).format(clamped);
  return (
    <div class="progress" data-progress={clamped}>
      <label for={id}>{label}</label>
      <progress id={id} max={100} value={Math.round(clamped * 100)}>
        {percent}
      </progress>
      <span class="progress__value" aria-hidden="true">
        {percent}
      </span>
    </div>
  );
}
