// The popup sends Firefox users here: Firefox closes a popup when a file dialog opens (#import-ics).
import { useLayoutEffect, useState } from 'preact/hooks';
import type { Capture } from '../../core/capture/capture.ts';
import { lazyView } from '../lazy.tsx';
import { filedText } from '../format.ts';
import { IcsPicker } from './IcsPicker.tsx';

const ICS_IMPORT_ANCHOR = 'import-ics';

// Needed only once an invitation is picked: loaded then, with everything that weighs where it belongs.
const CaptureView = lazyView(() => import('./CaptureView.tsx').then((m) => m.CaptureView));

/** Brings an interview's card into view with the keyboard on it, when the list shows it. */
function showCard(id: string) {
  const heading = document.getElementById(`card-${id}`);
  if (!heading) return;
  heading.setAttribute('tabindex', '-1');
  heading.scrollIntoView({ block: 'center' });
  heading.focus();
}

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
            setNotice(filedText(result.interview));
            onFiled();
          }}
          onCancel={() => setCapture(null)}
          onOpen={(interview) => {
            setCapture(null);
            setNotice(filedText(interview));
            showCard(interview.id);
          }}
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
