/** Pick or drop an `.ics` invitation; what it holds goes to the capture review. */
import { useState } from 'preact/hooks';
import type { Capture } from '../../core/capture/capture.ts';
import { t, tDynamic } from '../../i18n.ts';

interface Props {
  id: string;
  onCapture: (capture: Capture, fileName: string) => void;
}

export function IcsPicker({ id, onCapture }: Props) {
  const [error, setError] = useState('');
  const [over, setOver] = useState(false);

  /** Never rejects: whatever goes wrong is said here, and nothing else changes. */
  async function take(file: File | undefined) {
    setError('');
    if (!file) return;
    try {
      // The invitation parser (with its table of Windows time zones) loads only
      // when a file is actually picked, keeping it out of the popup's first load.
      const { readIcsFile } = await import('./read-ics-file.ts');
      const result = await readIcsFile(file);
      if (result.ok) onCapture(result.capture, file.name);
      else setError(tDynamic(result.key));
    } catch (failure) {
      // The parser or its loading failed on this file: the candidate can try again, or another file.
      console.error('Afterview: an invitation could not be read', failure);
      setError(t('icsFailed'));
    }
  }

  return (
    <div
      class={over ? 'ics-picker ics-picker--over' : 'ics-picker'}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void take(e.dataTransfer?.files[0]);
      }}
    >
      <label for={id} class="button">
        {t('icsPick')}
      </label>
      <input
        id={id}
        class="visually-hidden"
        type="file"
        accept=".ics,text/calendar"
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          // Cleared at once, so that choosing the same file again, after a failure or a cancelled review, is a change.
          input.value = '';
          void take(file);
        }}
      />
      <span class="muted">{t('icsDropHint')}</span>
      {error && (
        <p role="alert" class="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
