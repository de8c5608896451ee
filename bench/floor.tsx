/**
 * Test builds only: the least a popup on this stack can do before it shows
 * real content. It loads Preact, idb and webextension-polyfill, asks the
 * browser one thing (as the popup asks for the active tab), opens the real
 * database, reads the five latest interviews and renders their names. The
 * benchmark times it like the popup, so the popup's figure can be read
 * against what the stack itself costs.
 */
import { render } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { db } from '../src/db/open.ts';
import type { Interview } from '../src/core/types.ts';
import { markInteractive } from '../src/ui/interactive-mark.ts';

function Floor() {
  const [names, setNames] = useState<string[] | null>(null);
  useEffect(() => {
    void (async () => {
      const [, d] = await Promise.all([browser.tabs.query({ active: true, currentWindow: true }), db()]);
      const latest: Interview[] = [];
      let cursor = await d.transaction('interviews').store.index('start').openCursor(null, 'prev');
      while (cursor && latest.length < 5) {
        latest.push(cursor.value);
        cursor = await cursor.continue();
      }
      setNames(latest.map((i) => i.company));
    })();
  }, []);
  // As the popup does: marked before the first paint that shows the content.
  useLayoutEffect(() => {
    if (names) markInteractive();
  }, [names]);
  return <ul>{names?.map((name) => <li key={name}>{name}</li>)}</ul>;
}

render(<Floor />, document.getElementById('app')!);
