import { VirtualConsole, VirtualConsolePrinter, Window } from 'happy-dom';
import { pathToFileURL } from 'node:url';
import { cleanHttpUrl, LIMITS } from '../core/text.ts';
import { attr, metaContent, query } from './dom.ts';
import { readIcs } from './sites/ics/read-ics.ts';
import { readPage } from './read-page.ts';
import type { Capture } from '../core/capture/capture.ts';

export interface ExtractInput {
  text: string;
  /** The file's path, for its extension and, without a page URL, a file: URL. */
  path: string;
  /** The page's address; inferred from the page when absent. */
  url?: string;
  /** The zone calendar times are shown in; the machine's by default. */
  timeZone?: string;
}

/**
 * Real pages nest a few dozen elements deep. happy-dom walks the tree by
 * recursion (in its selectors and when it closes) and overflows the stack a
 * few thousand levels down, so whatever lies deeper than this is dropped
 * before a reader runs; a browser's own DOM needs no such bound.
 */
const MAX_DEPTH = 1_000;

/** Drops every element deeper than `max`, walking the tree with a loop rather than recursion. */
function pruneDeeperThan(doc: Document, max: number): void {
  let element: Element | null = doc.documentElement;
  let depth = 0;
  while (element) {
    if (depth >= max) removeDescendants(element);
    else if (element.firstElementChild) {
      element = element.firstElementChild;
      depth += 1;
      continue;
    }
    while (element && !element.nextElementSibling) {
      element = element.parentElement;
      depth -= 1;
    }
    element = element?.nextElementSibling ?? null;
  }
}

/** Removes a subtree leaf first, so no removal has more than one node to detach. */
function removeDescendants(root: Node): void {
  let node = root;
  for (;;) {
    while (node.lastChild) node = node.lastChild;
    if (node === root) return;
    const parent = node.parentNode!;
    parent.removeChild(node);
    node = parent;
  }
}

/** An invitation by its extension, or by its first line whatever the file is called. */
function isIcs(path: string, text: string): boolean {
  return /\.(ics|ical|ifb|icalendar)$/i.test(path) || /^\uFEFF?\s*BEGIN:VCALENDAR/i.test(text.slice(0, 200));
}

/** Where a saved page came from: its canonical link, og:url, or the browser's "saved from url=" comment. */
function inferPageUrl(doc: Document, html: string): string | null {
  const savedFrom = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4096))?.[1];
  const canonical = attr(query(doc, 'link[rel="canonical"]'), 'href', LIMITS.url);
  return cleanHttpUrl(canonical) || cleanHttpUrl(metaContent(doc, 'og:url')) || cleanHttpUrl(savedFrom) || null;
}

/**
 * The readers run in Node on a saved file, for the `extract` command and for
 * checking a page saved from a real site. HTML is loaded into a happy-dom
 * window with scripts, styles and frames left unloaded, so a saved page runs
 * no code and fetches nothing; .ics text goes to the invitation parser.
 */
export async function extract(input: ExtractInput): Promise<Capture> {
  const options = input.timeZone ? { timeZone: input.timeZone } : {};
  if (isIcs(input.path, input.text)) return readIcs(input.text, options);
  // Frames the page would load are reported to the window's console; keep that off the terminal.
  const window = new Window({ url: 'about:blank', console: new VirtualConsole(new VirtualConsolePrinter()) });
  try {
    const doc = window.document as unknown as Document;
    doc.write(input.text);
    pruneDeeperThan(doc, MAX_DEPTH);
    const url = input.url ?? inferPageUrl(doc, input.text) ?? pathToFileURL(input.path).href;
    return readPage(doc, url, options);
  } finally {
    await window.happyDOM.close();
  }
}
