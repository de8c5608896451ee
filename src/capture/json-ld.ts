// schema.org blocks are the most stable source a page offers, but come as one object, an array or an
// `@graph`, and some are malformed: a broken or oversized block is skipped, never thrown.
import { isPlainObject } from '../core/text.ts';
import { queryAll } from './dom.ts';

export type JsonNode = Record<string, unknown>;

const MAX_SCRIPTS = 20;
const MAX_SCRIPT_CHARS = 1_000_000;
const MAX_NODES = 500;

/** Top-level nodes of every JSON-LD block, with arrays and `@graph` flattened. */
export function jsonLdNodes(doc: Document): JsonNode[] {
  const nodes: JsonNode[] = [];
  for (const script of queryAll(doc, 'script[type="application/ld+json"]', MAX_SCRIPTS)) {
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      continue;
    }
    collect(parsed, nodes, 0);
  }
  return nodes;
}

function collect(value: unknown, into: JsonNode[], depth: number): void {
  if (depth > 3 || into.length >= MAX_NODES) return;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, MAX_NODES)) collect(item, into, depth + 1);
    return;
  }
  if (!isPlainObject(value)) return;
  if (value['@type'] !== undefined) into.push(value);
  if (value['@graph'] !== undefined) collect(value['@graph'], into, depth + 1);
}

/** A value that may be one item or a list, as a (bounded) list. */
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value.slice(0, 20) : [value]);

/** Whether the node is of a schema.org type, however the type is spelled (`Person`, `schema:Person`, a URL, a list). */
export function hasType(node: unknown, type: string): boolean {
  if (!isPlainObject(node)) return false;
  const wanted = type.toLowerCase();
  return asList(node['@type']).some((t) => typeof t === 'string' && t.toLowerCase().replace(/^.*[/:#]/, '') === wanted);
}

const ORGANIZATION_TYPES = ['Organization', 'Corporation', 'LocalBusiness', 'NGO', 'GovernmentOrganization', 'EducationalOrganization'];

/** Whether the node is an organization: the base type or one of the subtypes pages use. */
export function isOrganization(node: unknown): boolean {
  return ORGANIZATION_TYPES.some((type) => hasType(node, type));
}

/** A name is a few values down at most; a block nested 100,000 deep must cost no more than this. */
const MAX_VISITS = 100;

/**
 * The first string in a value that may be a string, a list, or a node with a
 * name, in reading order. Walked with a stack of its own and at most
 * MAX_VISITS values, so no nesting can overflow the call stack.
 */
export function firstString(value: unknown): string {
  const pending: unknown[] = [value];
  for (let visits = 0; pending.length > 0 && visits < MAX_VISITS; visits += 1) {
    const next = pending.pop();
    if (typeof next === 'string' && next) return next;
    if (typeof next === 'number') return String(next);
    if (Array.isArray(next)) for (let i = Math.min(next.length, 20) - 1; i >= 0; i -= 1) pending.push(next[i]);
    else if (isPlainObject(next)) pending.push(next.name);
  }
  return '';
}

/** The first node in a value that may be a node or a list of nodes. */
function firstNode(value: unknown): JsonNode | null {
  if (isPlainObject(value)) return value;
  if (Array.isArray(value)) return value.find(isPlainObject) ?? null;
  return null;
}

/** "Locality, Region, Country" from a PostalAddress, or a plain string address. */
export function addressText(value: unknown): string {
  if (typeof value === 'string') return value;
  const address = firstNode(value);
  if (!address) return '';
  const parts = [address.addressLocality, address.addressRegion, address.addressCountry]
    .map(firstString)
    .filter((part) => part.length > 0);
  return [...new Set(parts)].join(', ');
}

export interface SchemaPerson {
  name: string;
  title: string;
  company: string;
  email: string;
  /** Its `url` then its `sameAs` addresses, unchecked, for the reader to choose from. */
  links: string[];
}

/** A schema.org Person's own fields, read the same way by every reader; '' where the node has none. */
export function schemaPerson(node: JsonNode): SchemaPerson {
  return {
    name: firstString(node.name) || [firstString(node.givenName), firstString(node.familyName)].filter(Boolean).join(' '),
    title: firstString(node.jobTitle),
    company: firstString(node.worksFor) || firstString(node.affiliation),
    email: firstString(node.email),
    links: [...asList(node.url), ...asList(node.sameAs)].map(firstString).filter(Boolean),
  };
}
