import { render } from 'preact';
import '../ui/base.css';
import { App } from './App.tsx';

render(<App />, document.getElementById('app')!);
