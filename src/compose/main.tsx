// Opened from a notification or the dashboard at composerUrl (page-urls.ts); without an interview it shows the one the popup would (focusOf), and a touch counts only with the interview it belongs to.
import { render } from 'preact';
import '../ui/base.css';
import { recordViolations } from '../e2e-violations.ts';
import { ErrorBoundary } from '../ui/components/ErrorBoundary.tsx';
import { ComposePage } from './ComposePage.tsx';
import { installLanguageModelStandIn } from './e2e-language-model.ts';

recordViolations('compose');
if (__AFTERVIEW_E2E__) installLanguageModelStandIn();
const params = new URLSearchParams(location.search);
// Ids are UUIDs; anything longer is not one of ours and finds nothing anyway.
const id = (name: string) => params.get(name)?.slice(0, 100) || null;
render(
  <ErrorBoundary>
    <ComposePage interviewId={id('interview')} touchId={id('touch')} />
  </ErrorBoundary>,
  document.getElementById('app')!,
);
