/**
 * The one stub of the extension APIs for unit tests. It keeps real behaviour
 * where tests depend on it (i18n reads the real English messages file, messages
 * reach a registered handler, alarms and badges are remembered) and records
 * calls so tests can assert on them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

type Listener = (...args: any[]) => any;

class Event {
  listeners: Listener[] = [];
  addListener(fn: Listener) {
    this.listeners.push(fn);
  }
  removeListener(fn: Listener) {
    this.listeners = this.listeners.filter((l) => l !== fn);
  }
  hasListener(fn: Listener) {
    return this.listeners.includes(fn);
  }
  async fire(...args: any[]) {
    return Promise.all(this.listeners.map((l) => l(...args)));
  }
}

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** A locale's messages.json; English for a language the extension does not ship. */
export function localeMessages(language: string): Messages {
  const base = language.split(/[-_]/)[0]!.toLowerCase();
  try {
    return JSON.parse(readFileSync(resolve(__dirname, `../../public/_locales/${base}/messages.json`), 'utf8')) as Messages;
  } catch {
    return localeMessages('en');
  }
}

/** browser.i18n.getMessage over one locale's messages, substituting as Chrome does. */
export function getMessageIn(language: string): (key: string, substitutions?: string | string[]) => string {
  const messages = localeMessages(language);
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      if (!placeholder) return whole;
      return placeholder.content.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
    });
  };
}

export const getMessage = getMessageIn('en');

export const EXTENSION_ID = 'afterview-test-id';
export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;

export function createFakeBrowser() {
  const alarms = new Map<string, { name: string; scheduledTime: number; periodInMinutes?: number }>();
  const notifications = new Map<string, Record<string, unknown>>();
  const badge = { text: '', color: '' };
  const menus = new Map<string, Record<string, unknown>>();
  const storage = new Map<string, unknown>();
  // storage.session: kept while the browser runs, gone at the next start (a new stub).
  const session = new Map<string, unknown>();
  const area = (items: Map<string, unknown>) => ({
    get: async (keys?: string | string[]) => {
      const wanted = keys === undefined ? [...items.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(wanted.filter((k) => items.has(k)).map((k) => [k, items.get(k)]));
    },
    set: async (items_: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(items_)) items.set(k, structuredClone(v));
    },
    remove: async (keys: string | string[]) => {
      for (const k of Array.isArray(keys) ? keys : [keys]) items.delete(k);
    },
  });
  const createdTabs: { url?: string }[] = [];

  const fake = {
    runtime: {
      id: EXTENSION_ID,
      getURL: (path: string) => EXTENSION_ORIGIN + path.replace(/^\//, ''),
      onMessage: new Event(),
      onInstalled: new Event(),
      onStartup: new Event(),
      /** Delivers to the registered onMessage listeners as if from an extension page. */
      async sendMessage(message: unknown) {
        const sender = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}src/popup/index.html` };
        for (const listener of fake.runtime.onMessage.listeners) {
          const reply = listener(message, sender);
          if (reply !== undefined) return reply;
        }
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
      openOptionsPage: async () => undefined,
      getManifest: () => ({ version: '0.0.0-test' }),
    },
    i18n: {
      getMessage,
      getUILanguage: () => 'en-US',
    } as { getMessage: typeof getMessage; getUILanguage: () => string },
    action: {
      setBadgeText: async ({ text }: { text: string }) => void (badge.text = text),
      setBadgeBackgroundColor: async ({ color }: { color: string }) => void (badge.color = color),
      getBadgeText: async () => badge.text,
    },
    alarms: {
      create: async (name: string, info: { when?: number; delayInMinutes?: number; periodInMinutes?: number }) => {
        const scheduledTime = info.when ?? Date.now() + (info.delayInMinutes ?? 0) * 60_000;
        alarms.set(name, { name, scheduledTime, ...(info.periodInMinutes ? { periodInMinutes: info.periodInMinutes } : {}) });
      },
      get: async (name: string) => alarms.get(name),
      getAll: async () => [...alarms.values()],
      clear: async (name: string) => alarms.delete(name),
      clearAll: async () => (alarms.clear(), true),
      onAlarm: new Event(),
    },
    notifications: {
      create: async (id: string, options: Record<string, unknown>) => {
        notifications.set(id, options);
        return id;
      },
      clear: async (id: string) => notifications.delete(id),
      getAll: async () => Object.fromEntries(notifications),
      onClicked: new Event(),
      onButtonClicked: new Event(),
      onClosed: new Event(),
    },
    contextMenus: {
      create: (props: Record<string, unknown>) => {
        menus.set(String(props.id), props);
        return props.id;
      },
      update: async (id: string, props: Record<string, unknown>) => void menus.set(id, { ...menus.get(id), ...props }),
      remove: async (id: string) => void menus.delete(id),
      removeAll: async () => menus.clear(),
      onClicked: new Event(),
    },
    tabs: {
      create: async (props: { url?: string }) => {
        createdTabs.push(props);
        return { id: createdTabs.length, ...props };
      },
      query: async () => [],
      update: async () => ({}),
    },
    scripting: {
      executeScript: async () => [],
    },
    storage: { local: area(storage), session: area(session) },
    commands: { onCommand: new Event() },
    /** Test-side views of what the stub remembers. */
    _state: { alarms, notifications, badge, menus, storage, session, createdTabs },
  };
  return fake;
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;
