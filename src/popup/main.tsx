import { render } from 'preact';
import '../ui/base.css';
import { recordViolations } from '../e2e-violations.ts';
import { App } from './App.tsx';

recordViolations('popup');
render(<App />, document.getElementById('app')!);
