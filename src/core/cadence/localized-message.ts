/**
 * A user-visible sentence as data: a key of `_locales/<lang>/messages.json` and
 * its substitutions, which may themselves be messages ("ended $3" with $3 =
 * "2 hours ago"). The UI or background resolves it with `browser.i18n`, so the
 * domain stays free of both the browser and English.
 *
 * Numbers stay numbers until then, so each language writes them its own way
 * ("1,000", "1.000", "1 000"). A message with a `count` names a plural base:
 * chrome.i18n has no plural syntax, so each form is its own key, `base_one`,
 * `base_other` (and `base_few`, `base_many` where a language needs them), and
 * Intl.PluralRules picks the form for the count; a form a locale file lacks
 * falls back to `base_other`.
 */
export interface LocalizedMessage {
  key: string;
  substitutions: (string | number | LocalizedMessage)[];
  /** When set, `key` is a plural base and this count picks its form. */
  count?: number;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

/** An Intl-ready tag: the browser's "en_US" form is accepted, anything Intl refuses becomes English. */
function localeTag(locale: string): string {
  const tag = locale.replace(/_/g, '-');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

export function formatNumber(n: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(localeTag(locale))));
  return format.format(n);
}

/** The key of the plural form for `count`: `base_one`, `base_other`…, `base_other` when the form is missing. */
function pluralKey(base: string, count: number, locale: string, has: (key: string) => boolean): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(localeTag(locale))));
  const key = `${base}_${rules.select(count)}`;
  return has(key) ? key : `${base}_other`;
}

/**
 * Resolves a message with any lookup shaped like `browser.i18n.getMessage`
 * (which gives '' for a key no locale file has), writing numbers as `locale`
 * does. A key no file has comes back as itself, so a gap shows rather than a blank.
 */
export function resolveMessage(
  message: LocalizedMessage,
  getMessage: (key: string, substitutions: string[]) => string,
  locale: string,
): string {
  const parts = message.substitutions.map((s) =>
    typeof s === 'string' ? s : typeof s === 'number' ? formatNumber(s, locale) : resolveMessage(s, getMessage, locale),
  );
  const key = message.count === undefined ? message.key : pluralKey(message.key, message.count, locale, (k) => getMessage(k, []) !== '');
  return getMessage(key, parts) || key;
}
