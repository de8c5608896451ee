import { render } from 'preact';
import '../ui/base.css';
import { readPopupSnapshot } from '../db/popup-state.ts';
import { provideTokeniserLoader } from '../db/migrations.ts';
import { db } from '../db/open.ts';
import { recordViolations } from '../e2e-violations.ts';
import { ErrorBoundary } from '../ui/components/ErrorBoundary.tsx';
import { App } from './App.tsx';

recordViolations('popup');
// Only an upgrade that stores the tidbits' terms needs the tokeniser, which the popup's first chunk leaves out.
provideTokeniserLoader(() => import('../core/tidbits/terms.ts'));
// The database opens while the snapshot is read; the first paint needs only the snapshot.
void db().catch(() => undefined);
void readPopupSnapshot().then((snapshot) =>
  render(
    <ErrorBoundary>
      <App snapshot={snapshot} />
    </ErrorBoundary>,
    document.getElementById('app')!,
  ),
);
