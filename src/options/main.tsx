import { render } from 'preact';
import '../ui/base.css';
import '../ui/dashboard/dashboard.css';
import { recordViolations } from '../e2e-violations.ts';
import { ErrorBoundary } from '../ui/components/ErrorBoundary.tsx';
import { readFirstPageEarly } from '../ui/tidbits/library-read.ts';
import { App } from './App.tsx';

recordViolations('options');
// Opened at its Tidbits address, the dashboard starts reading its newest tidbits before it renders anything; the library takes that read when it mounts.
if (location.hash === '#tidbits') readFirstPageEarly();
render(
  <ErrorBoundary>
    <App />
  </ErrorBoundary>,
  document.getElementById('app')!,
);
