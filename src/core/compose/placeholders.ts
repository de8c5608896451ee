import { LIMITS } from '../text.ts';

export interface PlaceholderSpec {
  name: string;
  /** Message key of the help text, e.g. "The interviewer's first name". */
  descriptionKey: string;
  max: number;
  multiline: boolean;
}

/**
 * The placeholders a note template may use, in the order the editor's help list
 * shows them. Each names the message key that describes it, how long its value
 * may be (a value past the bound is cut and reported, never sent silently cut),
 * and whether it may span lines (only the signature does).
 */
export const PLACEHOLDERS = [
  { name: 'firstName', descriptionKey: 'placeholderFirstName', max: LIMITS.name, multiline: false },
  { name: 'fullName', descriptionKey: 'placeholderFullName', max: LIMITS.name, multiline: false },
  { name: 'title', descriptionKey: 'placeholderTitle', max: LIMITS.title, multiline: false },
  { name: 'company', descriptionKey: 'placeholderCompany', max: LIMITS.company, multiline: false },
  { name: 'role', descriptionKey: 'placeholderRole', max: LIMITS.title, multiline: false },
  { name: 'round', descriptionKey: 'placeholderRound', max: LIMITS.topic, multiline: false },
  { name: 'interviewDay', descriptionKey: 'placeholderInterviewDay', max: LIMITS.topic, multiline: false },
  // A topic here is a phrase from the conversation, not a one-word tidbit tag,
  // so it gets a whole line rather than LIMITS.topic.
  { name: 'topic', descriptionKey: 'placeholderTopic', max: LIMITS.line, multiline: false },
  { name: 'tidbitTitle', descriptionKey: 'placeholderTidbitTitle', max: LIMITS.line, multiline: false },
  { name: 'tidbitLink', descriptionKey: 'placeholderTidbitLink', max: LIMITS.url, multiline: false },
  // Has a value only when the chosen tidbit keeps a promise made to this person (promises.ts).
  { name: 'promise', descriptionKey: 'placeholderPromise', max: LIMITS.line, multiline: false },
  { name: 'myName', descriptionKey: 'placeholderMyName', max: LIMITS.name, multiline: false },
  { name: 'signature', descriptionKey: 'placeholderSignature', max: LIMITS.excerpt, multiline: true },
] as const satisfies readonly PlaceholderSpec[];

export type PlaceholderName = (typeof PLACEHOLDERS)[number]['name'];

/** What a template is filled with; a missing or blank entry is reported, not sent. */
export type NoteValues = Partial<Record<PlaceholderName, string>>;

const BY_NAME: ReadonlyMap<string, PlaceholderSpec> = new Map(PLACEHOLDERS.map((spec) => [spec.name, spec]));

export function placeholderSpec(name: string): PlaceholderSpec | undefined {
  return BY_NAME.get(name);
}

export function isPlaceholderName(name: string): name is PlaceholderName {
  return BY_NAME.has(name);
}

/**
 * Sections wrap text shown only when something is there: `{{#tidbit}}…{{/tidbit}}`
 * when a tidbit was chosen, `{{^tidbit}}…{{/tidbit}}` when "none" was. Any
 * placeholder may name a section too (`{{#topic}} about {{topic}}{{/topic}}`).
 * `tidbit` is the one extra name: it stands for the tidbit's link being known.
 */
const SECTION_ALIASES: Readonly<Record<string, PlaceholderName>> = { tidbit: 'tidbitLink' };

/** The placeholder whose value decides a section, or undefined for an unknown section. */
export function sectionSubject(name: string): PlaceholderName | undefined {
  if (Object.hasOwn(SECTION_ALIASES, name)) return SECTION_ALIASES[name];
  return isPlaceholderName(name) ? name : undefined;
}
