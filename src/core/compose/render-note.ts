import { cleanBlock, cleanLine, bound, LIMITS } from '../text.ts';
import type { Template } from '../types.ts';
import { structuralProblems } from './lint-template.ts';
import { parseTemplate, type Token } from './parse-template.ts';
import { isPlaceholderName, placeholderSpec, sectionSubject, type NoteValues } from './placeholders.ts';
import type { NoteField, NoteProblem } from './note-problems.ts';

export interface RenderedNote {
  subject: string;
  body: string;
  /** Empty when the note may be sent as it is. */
  problems: NoteProblem[];
}

interface CleanValue {
  text: string;
  cut: boolean;
}

/**
 * Fills a template with one interviewer's values. Values go in as plain text,
 * exactly once: a value that itself contains `{{firstName}}` or HTML stays as
 * typed, because the output is never parsed again and never shown as HTML.
 *
 * Nothing is dropped silently. A placeholder with no value, an unknown tag, a
 * stray brace or a value cut to its bound each yields a problem, and the
 * composer must not send a note with problems. Tags never reach the output: an
 * unknown one is left out (and reported) rather than sent as `{{…}}`.
 */
export function renderNote(template: Pick<Template, 'subject' | 'body'>, values: NoteValues): RenderedNote {
  const value = cleanedValues(values);
  const subjectTokens = parseTemplate(template.subject);
  const bodyTokens = parseTemplate(template.body);
  const subject = renderField(subjectTokens, 'subject', value);
  const body = renderField(bodyTokens, 'body', value);

  // The subject is one line; the body keeps its paragraphs but loses the blank
  // lines a skipped section or an empty signature would leave behind.
  const subjectText = cleanLine(subject.text, LIMITS.subject + 1);
  const bodyText = cleanBlock(body.text, LIMITS.body + 1);
  const tooLong: NoteProblem[] = [];
  if (subjectText.length > LIMITS.subject) tooLong.push(fieldTooLong('subject', template.subject));
  if (bodyText.length > LIMITS.body) tooLong.push(fieldTooLong('body', template.body));

  return {
    subject: bound(subjectText, LIMITS.subject),
    body: bound(bodyText, LIMITS.body),
    problems: [
      ...structuralProblems(subjectTokens, 'subject'),
      ...subject.problems,
      ...structuralProblems(bodyTokens, 'body'),
      ...body.problems,
      ...tooLong,
    ],
  };
}

function renderField(
  tokens: readonly Token[],
  field: NoteField,
  value: (name: string) => CleanValue,
): { text: string; problems: NoteProblem[] } {
  const parts: string[] = [];
  const problems: NoteProblem[] = [];
  const sections: { name: string; shown: boolean }[] = [];
  const shown = () => sections.every((section) => section.shown);

  for (const token of tokens) {
    switch (token.type) {
      case 'text':
        if (shown()) parts.push(token.text);
        break;
      case 'stray':
        if (shown()) parts.push(token.text);
        break;
      case 'value': {
        if (!shown() || !isPlaceholderName(token.name)) break;
        const { text, cut } = value(token.name);
        const where = { field, name: token.name, start: token.start, end: token.end };
        if (!text) problems.push({ kind: 'empty', ...where });
        if (cut) problems.push({ kind: 'valueTooLong', ...where });
        parts.push(text);
        break;
      }
      case 'open': {
        // An unknown section is hidden either way; lint has reported it.
        const subject = sectionSubject(token.name);
        const present = subject !== undefined && value(subject).text !== '';
        sections.push({ name: token.name, shown: subject !== undefined && present !== token.inverted });
        break;
      }
      case 'close':
        if (sections.at(-1)?.name === token.name) sections.pop();
        break;
      case 'invalid':
        break;
    }
  }
  return { text: parts.join(''), problems };
}

/** Cleans each value once, on first use, to its placeholder's bound. */
function cleanedValues(values: NoteValues): (name: string) => CleanValue {
  const cache = new Map<string, CleanValue>();
  return (name) => {
    const known = cache.get(name);
    if (known) return known;
    const spec = placeholderSpec(name);
    const raw = spec && Object.hasOwn(values, name) ? values[name as keyof NoteValues] : '';
    let text = '';
    let cut = false;
    if (spec) {
      // One character over the bound is enough to know that the value was cut.
      const clean = spec.multiline ? cleanBlock(raw, spec.max + 1) : cleanLine(raw, spec.max + 1);
      cut = clean.length > spec.max;
      text = cut ? bound(clean, spec.max).trimEnd() : clean;
    }
    const result = { text, cut };
    cache.set(name, result);
    return result;
  };
}

function fieldTooLong(field: NoteField, source: string): NoteProblem {
  return { kind: 'fieldTooLong', field, name: '', start: 0, end: source.length };
}

/** Stands for the topic while the sentence around it is found; a private-use character no value contains. */
const TOPIC_MARK = '\uE000';

/**
 * The sentence of the note that the topic completes, with "…" in its place
 * ("I especially enjoyed our conversation about …"), so the topic field can
 * say what it is for; null when this template, with these values, says
 * nothing about a topic.
 */
export function topicSentence(template: Pick<Template, 'body'>, values: NoteValues): string | null {
  const { body } = renderNote({ subject: '', body: template.body }, { ...values, topic: TOPIC_MARK });
  const at = body.indexOf(TOPIC_MARK);
  if (at === -1) return null;
  const before = body.slice(0, at);
  const start = Math.max(before.lastIndexOf('\n'), ...['. ', '! ', '? '].map((end) => before.lastIndexOf(end) + 1)) + 1;
  const rest = body.slice(at + 1);
  const end = rest.search(/[.!?:]?(?:\n|$)|[.!?:](?=\s)/);
  return `${body.slice(start, at).trim()} …${rest.slice(0, Math.max(0, end)).replace(/[.!?:]$/, '')}`.trim();
}
