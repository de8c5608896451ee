/**
 * A user-visible sentence as data: a key of `_locales/<lang>/messages.json` and
 * its substitutions, which may themselves be messages ("ended $3" with $3 =
 * "2 hours ago"). The UI or background resolves it with `browser.i18n`, so the
 * domain stays free of both the browser and English.
 */
export interface LocalizedMessage {
  key: string;
  substitutions: (string | LocalizedMessage)[];
}

/** Resolves a message with any lookup shaped like `browser.i18n.getMessage`. */
export function resolveMessage(
  message: LocalizedMessage,
  getMessage: (key: string, substitutions: string[]) => string,
): string {
  const parts = message.substitutions.map((s) => (typeof s === 'string' ? s : resolveMessage(s, getMessage)));
  return getMessage(message.key, parts);
}
