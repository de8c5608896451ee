// RFC 5545 content lines; input is bounded, so a hostile file costs little.

export interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

export interface Component {
  name: string;
  properties: Property[];
  components: Component[];
}

const MAX_CHARS = 5_000_000;
const MAX_LINES = 50_000;
const MAX_PARAMS = 30;
const MAX_DEPTH = 8;

const KNOWN_NAMES = new Set(
  (
    'BEGIN END VERSION PRODID CALSCALE METHOD UID DTSTAMP DTSTART DTEND DURATION DUE SUMMARY DESCRIPTION LOCATION ' +
    'ORGANIZER ATTENDEE STATUS SEQUENCE TRANSP CLASS CREATED LAST-MODIFIED RRULE RDATE EXDATE EXRULE RECURRENCE-ID ' +
    'TZID TZNAME TZOFFSETFROM TZOFFSETTO TZURL ACTION TRIGGER REPEAT ATTACH CATEGORIES COMMENT CONTACT GEO ' +
    'PERCENT-COMPLETE PRIORITY RESOURCES URL RELATED-TO REQUEST-STATUS COMPLETED FREEBUSY CONFERENCE IMAGE COLOR ' +
    'NAME REFRESH-INTERVAL SOURCE ACKNOWLEDGED'
  ).split(' '),
);

function startsProperty(line: string): boolean {
  const match = /^([A-Za-z][A-Za-z0-9-]*)[;:]/.exec(line);
  if (!match) return false;
  const name = match[1]!.toUpperCase();
  return KNOWN_NAMES.has(name) || name.startsWith('X-');
}

/**
 * Unfolds lines, including folding that mail clients broke by dropping the
 * leading space: a line that does not start with a known property name is
 * taken as the continuation it was.
 * @internal exported for its tests
 */
export function unfold(text: string): string[] {
  const lines: string[] = [];
  const raw = text.slice(0, MAX_CHARS).replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  for (const line of raw) {
    const last = lines.length - 1;
    if (last >= 0 && (line.startsWith(' ') || line.startsWith('\t'))) {
      lines[last] += line.slice(1);
    } else if (line.trim() === '') {
    } else if (last >= 0 && !startsProperty(line)) {
      lines[last] += line;
    } else {
      if (lines.length >= MAX_LINES) break;
      lines.push(line);
    }
  }
  return lines;
}

/**
 * `NAME;PARAM=a,"b;c":value` → its parts, or null for a line that is not a property.
 * @internal exported for its tests
 */
export function parseLine(line: string): Property | null {
  const nameMatch = /^[A-Za-z0-9-]+/.exec(line);
  if (!nameMatch) return null;
  const params: Record<string, string> = {};
  let i = nameMatch[0].length;
  let count = 0;
  while (line[i] === ';') {
    const equals = line.indexOf('=', i + 1);
    if (equals < 0) return null;
    const key = line.slice(i + 1, equals).toUpperCase();
    i = equals + 1;
    const values: string[] = [];
    for (;;) {
      if (line[i] === '"') {
        const close = line.indexOf('"', i + 1);
        if (close < 0) return null;
        values.push(line.slice(i + 1, close));
        i = close + 1;
      } else {
        const rest = /^[^;:,]*/.exec(line.slice(i))![0];
        values.push(rest);
        i += rest.length;
      }
      if (line[i] !== ',') break;
      i++;
    }
    if (++count <= MAX_PARAMS) params[key] = values.join(',');
  }
  if (line[i] !== ':') return null;
  return { name: nameMatch[0].toUpperCase(), params, value: line.slice(i + 1) };
}

/** The calendar as a tree of components; stray or unbalanced lines are ignored. */
export function parseCalendar(text: string): Component {
  const root: Component = { name: 'ROOT', properties: [], components: [] };
  const stack: Component[] = [root];
  for (const line of unfold(text)) {
    const property = parseLine(line);
    if (!property) continue;
    const current = stack[stack.length - 1]!;
    if (property.name === 'BEGIN') {
      if (stack.length > MAX_DEPTH) continue;
      const child: Component = { name: property.value.trim().toUpperCase(), properties: [], components: [] };
      current.components.push(child);
      stack.push(child);
    } else if (property.name === 'END') {
      const name = property.value.trim().toUpperCase();
      const index = stack.map((c) => c.name).lastIndexOf(name);
      if (index > 0) stack.length = index;
    } else {
      current.properties.push(property);
    }
  }
  return root;
}

/** Every component of that name, depth first. */
export function findAll(component: Component, name: string, into: Component[] = []): Component[] {
  for (const child of component.components) {
    if (child.name === name) into.push(child);
    findAll(child, name, into);
  }
  return into;
}

export function prop(component: Component, name: string): Property | undefined {
  return component.properties.find((p) => p.name === name);
}

/** TEXT values escape `\\`, `\;`, `\,` and new lines as `\n`. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_match, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}
