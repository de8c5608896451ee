import { render } from 'preact';
import '../ui/base.css';
import '../ui/dashboard/dashboard.css';
import { recordViolations } from '../e2e-violations.ts';
import { ErrorBoundary } from '../ui/components/ErrorBoundary.tsx';
import { App } from './App.tsx';

recordViolations('options');
render(
  <ErrorBoundary>
    <App />
  </ErrorBoundary>,
  document.getElementById('app')!,
);
