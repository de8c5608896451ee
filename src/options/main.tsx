import { render } from 'preact';
import '../ui/base.css';
import '../ui/dashboard/dashboard.css';
import { recordViolations } from '../e2e-violations.ts';
import { App } from './App.tsx';

recordViolations('options');
render(<App />, document.getElementById('app')!);
