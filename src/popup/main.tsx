import { render } from 'preact';
import '../ui/base.css';
import { readPopupSnapshot } from '../db/popup-snapshot.ts';
import { recordViolations } from '../e2e-violations.ts';
import { ErrorBoundary } from '../ui/components/ErrorBoundary.tsx';
import { openDb } from '../ui/use-loaded.ts';
import { App } from './App.tsx';

recordViolations('popup');
// The database code loads and the database opens while the snapshot is read; the first paint needs only the snapshot.
void import('../ui/db-code.ts').catch(() => undefined);
void openDb().catch(() => undefined);
void readPopupSnapshot().then((snapshot) =>
  render(
    <ErrorBoundary>
      <App snapshot={snapshot} />
    </ErrorBoundary>,
    document.getElementById('app')!,
  ),
);
