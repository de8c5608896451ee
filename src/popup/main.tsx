import { render } from 'preact';
import '../ui/base.css';
import { recordViolations } from '../e2e-violations.ts';
import { ErrorBoundary } from '../ui/components/ErrorBoundary.tsx';
import { App } from './App.tsx';

recordViolations('popup');
render(
  <ErrorBoundary>
    <App />
  </ErrorBoundary>,
  document.getElementById('app')!,
);
