/**
 * schema.org blocks (`<script type="application/ld+json">`), the most stable
 * source a page offers. Pages embed them as one object, an array, or an
 * `@graph`; some are malformed. Everything here tolerates that and stays
 * bounded: a broken or oversized block is skipped, never thrown.
 */
import { queryAll } from './dom.ts';

export type JsonNode = Record<string, unknown>;

const MAX_SCRIPTS = 20;
const MAX_SCRIPT_CHARS = 1_000_000;
const MAX_NODES = 500;

export const isNode = (value: unknown): value is JsonNode => typeof value === 'object' && value !== null && !Array.isArray(value);

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
  if (!isNode(value)) return;
  if (value['@type'] !== undefined) into.push(value);
  if (value['@graph'] !== undefined) collect(value['@graph'], into, depth + 1);
}

/** Whether the node is of a schema.org type, however the type is spelled (`Person`, `schema:Person`, a URL, a list). */
export function hasType(node: unknown, type: string): boolean {
  if (!isNode(node)) return false;
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  const wanted = type.toLowerCase();
  return types.some((t) => typeof t === 'string' && t.toLowerCase().replace(/^.*[/:#]/, '') === wanted);
}

/** The first string in a value that may be a string, a list, or a node with a name. */
export function firstString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 20)) {
      const found = firstString(item);
      if (found) return found;
    }
    return '';
  }
  if (isNode(value)) return firstString(value.name);
  return '';
}

/** The first node in a value that may be a node or a list of nodes. */
export function firstNode(value: unknown): JsonNode | null {
  if (isNode(value)) return value;
  if (Array.isArray(value)) return value.find(isNode) ?? null;
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
