// Firefox closes a popup as soon as a file dialog takes the focus, losing the file (Mozilla bug 1292701), so there the button opens
// the dashboard, where the same picker works; Chrome keeps the popup open and picks the file right here.
import { isFirefox } from '../../browser-family.ts';
import type { Capture } from '../../core/capture/capture.ts';
import { IcsPicker } from '../../ui/capture/IcsPicker.tsx';
import { t } from '../../i18n.ts';
import { openDashboardFromPopup } from '../../ui/open-dashboard.ts';

export function PopupIcsImport({ onCapture }: { onCapture: (capture: Capture, fileName: string) => void }) {
  if (!isFirefox()) return <IcsPicker id="popup-ics" onCapture={onCapture} />;
  return (
    <button
      type="button"
      class="button"
      data-action="import-ics"
      onClick={() => void openDashboardFromPopup('import-ics')}
    >
      {t('icsOpenInTab')}
    </button>
  );
}
