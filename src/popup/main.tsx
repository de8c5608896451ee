import { render } from 'preact';
import '../ui/base.css';
import { readPopupSnapshot } from '../db/popup-state.ts';
import { db } from '../db/open.ts';
import { recordViolations } from '../e2e-violations.ts';
import { ErrorBoundary } from '../ui/components/ErrorBoundary.tsx';
import { App } from './App.tsx';

recordViolations('popup');
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
