/**
 * The dashboard's place to import an invitation: pick or drop the `.ics`,
 * review what it holds, file it. The popup sends Firefox users here, since
 * Firefox closes a popup when a file dialog opens (#import-ics).
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import type { Capture } from '../../capture/types.ts';
import { t } from '../i18n.ts';
import { CaptureView } from './CaptureView.tsx';
import { filedMessage } from './filed-message.ts';
import { IcsPicker } from './IcsPicker.tsx';

export const ICS_IMPORT_ANCHOR = 'import-ics';

export function IcsImportPanel({ onFiled }: { onFiled: () => void }) {
  const [capture, setCapture] = useState<Capture | null>(null);
  const [notice, setNotice] = useState('');
  useLayoutEffect(() => {
    if (location.hash === `#${ICS_IMPORT_ANCHOR}`) document.getElementById('dash-ics')?.focus();
  }, []);
  return (
    <div id={ICS_IMPORT_ANCHOR} class="ics-import">
      {capture ? (
        <CaptureView
          capture={capture}
          url=""
          onSaved={(result) => {
            setCapture(null);
            setNotice(filedMessage(result));
            onFiled();
          }}
          onCancel={() => setCapture(null)}
        />
      ) : (
        <IcsPicker
          id="dash-ics"
          onCapture={(found) => {
            setNotice('');
            setCapture(found);
          }}
        />
      )}
      <p role="status" class="notice">
        {notice}
      </p>
    </div>
  );
}
