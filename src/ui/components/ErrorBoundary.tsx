import { Component, type ComponentChildren } from 'preact';
import { lazyView } from '../lazy.tsx';

const PageError = lazyView(() => import('./PageError.tsx').then((m) => m.PageError));

interface State {
  failure: { error: unknown } | null;
}

/**
 * Wraps each page's root (popup, dashboard, composer), so an error while
 * rendering shows what failed and the ways out, reload or keep a copy of the
 * data as it is stored, instead of a blank page. The screen that says so is
 * loaded only then: the popup does not pay for it at every open.
 */
export class ErrorBoundary extends Component<{ children: ComponentChildren }, State> {
  override state: State = { failure: null };

  static override getDerivedStateFromError(error: unknown): State {
    return { failure: { error } };
  }

  override componentDidCatch(error: unknown): void {
    console.error('Afterview: the page failed to render', error);
  }

  override render() {
    return this.state.failure ? <PageError error={this.state.failure.error} /> : this.props.children;
  }
}
