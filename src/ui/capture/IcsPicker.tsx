/** Pick or drop an `.ics` invitation; what it holds goes to the capture review. */
import { useState } from 'preact/hooks';
import type { Capture } from '../../core/capture/types.ts';
import { t, tDynamic } from '../../i18n.ts';

interface Props {
  id: string;
  onCapture: (capture: Capture, fileName: string) => void;
}

export function IcsPicker({ id, onCapture }: Props) {
  const [error, setError] = useState('');
  const [over, setOver] = useState(false);

  async function take(file: File | undefined) {
    setError('');
    if (!file) return;
    // The invitation parser (with its table of Windows time zones) loads only
    // when a file is actually picked, keeping it out of the popup's first load.
    const { readIcsFile } = await import('./read-ics-file.ts');
    const result = await readIcsFile(file);
    if (result.ok) onCapture(result.capture, file.name);
    else setError(tDynamic(result.key));
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
          void take(input.files?.[0]).then(() => (input.value = ''));
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
