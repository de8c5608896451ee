import type { Template } from '../types.ts';
import { isPlaceholderName, sectionSubject } from './placeholders.ts';
import { parseTemplate, type Token } from './parse-template.ts';
import { SHOWN_NAME_MAX, type NoteField, type NoteProblem } from './note-problems.ts';

/**
 * Checks a template's structure while it is being edited: tags that name no
 * placeholder, braces without a partner, sections opened and never closed (or
 * closed and never opened). Whether values are there is the renderer's concern.
 */
export function lintTemplate(template: Pick<Template, 'subject' | 'body'>): NoteProblem[] {
  return [
    ...structuralProblems(parseTemplate(template.subject), 'subject'),
    ...structuralProblems(parseTemplate(template.body), 'body'),
  ];
}

export function structuralProblems(tokens: readonly Token[], field: NoteField): NoteProblem[] {
  const problems: NoteProblem[] = [];
  const open: Extract<Token, { type: 'open' }>[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
        break;
      case 'value':
        if (!isPlaceholderName(token.name)) problems.push(at(token, 'unknown', token.name, field));
        break;
      case 'invalid':
        problems.push(at(token, 'unknown', token.raw.slice(0, SHOWN_NAME_MAX), field));
        break;
      case 'stray':
        problems.push(at(token, 'malformed', token.text, field));
        break;
      case 'open':
        if (!sectionSubject(token.name)) problems.push(at(token, 'unknown', token.name, field));
        open.push(token);
        break;
      case 'close':
        // A close that does not match the innermost open section closes nothing:
        // guessing which section was meant would hide the typo from the user.
        if (open.at(-1)?.name === token.name) open.pop();
        else problems.push(at(token, 'unopened', token.name, field));
        break;
    }
  }
  for (const token of open) problems.push(at(token, 'unclosed', token.name, field));
  return problems.sort((a, b) => a.start - b.start);
}

function at(
  token: { start: number; end: number },
  kind: NoteProblem['kind'],
  name: string,
  field: NoteField,
): NoteProblem {
  return { kind, field, name, start: token.start, end: token.end };
}
