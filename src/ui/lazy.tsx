import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { errorText, t } from '../i18n.ts';
import { errorMessage } from '../messages/protocol.ts';

/**
 * A view a page shows only sometimes, loaded when first shown, so opening the
 * page (the popup above all) parses only what its first view needs. A local
 * file loads in a few milliseconds; until then a loading line stands in, or
 * nothing when `quiet`, for a view that often shows nothing at all.
 * (preact/compat's lazy() is not used: compat changes how every page's
 * onChange behaves.)
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>, quiet = false): ComponentType<P> & { preload: () => Promise<unknown> } {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () => (loading ??= load().then((component) => (loaded = component)));
  function LazyView(props: P) {
    const [View, setView] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState('');
    useEffect(() => {
      if (View) return;
      start().then(
        (component) => setView(() => component),
        (error: unknown) => setFailed(errorMessage(error)),
      );
    }, [View]);
    if (failed) return <p role="alert">{errorText(failed)}</p>;
    if (!View) return quiet ? null : <p aria-busy="true">{t('loading')}</p>;
    return <View {...props} />;
  }
  // Loaded ahead by a page that knows it is about to show it: shown then at once, without the loading line.
  return Object.assign(LazyView, { preload: start });
}
