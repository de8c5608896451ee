/**
 * The word calendars put beside the person who organizes an event, per
 * interface language, lower-cased. English ("Organizer") and Spanish/
 * Portuguese ("Organizador") were seen in public extension code reading
 * Google Calendar (2025); the other languages follow the vendors' usual
 * translations and are unverified. Matching is by inclusion, so "Organizer",
 * "Organizer: Ada" and "Ada Lovelace, Organizer" all count.
 */
const ORGANIZER_WORDS = [
  'organizer',
  'organiser',
  'organized by',
  'organizador',
  'organizadora',
  'organisator',
  'organisatorin',
  'organisateur',
  'organisatrice',
  'organizzatore',
  'organizzatrice',
  'arrangör',
  'arrangør',
  'järjestäjä',
  'organizator',
  'organizátor',
  '主催者',
  '组织者',
  '主辦人',
];

export function mentionsOrganizer(text: string): boolean {
  const lower = text.toLowerCase();
  return ORGANIZER_WORDS.some((word) => lower.includes(word));
}

/**
 * "Organizer: Ada Lovelace" → " Ada Lovelace" (uncleaned), or null when the
 * text is not such a line. The label must be short: a sentence that merely
 * mentions an organizer before some colon is not one.
 */
export function afterOrganizerLabel(text: string): string | null {
  const colon = text.search(/[:：]/);
  return colon > 0 && colon < 40 && mentionsOrganizer(text.slice(0, colon)) ? text.slice(colon + 1) : null;
}
