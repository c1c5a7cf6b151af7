/**
 * The lookup structures of a registry, built once per registry array: a trie over folded tokens (so a lead
 * cell is matched in one left-to-right pass, longest name first, whatever the registry's size), the entries
 * by id, and the written forms that are not variants.
 */
import { keyTokens, SEPARATOR, tokenizeAgencyText } from './agencyKey';
import type { AgencyToken } from './agencyKey';
import { literalForm } from './literalForm';
import type { AgencyEntry, AgencyRegistry } from './schema';

interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: AgencyEntry;
}

export interface RegistryIndex {
  root: TrieNode;
  byId: ReadonlyMap<string, AgencyEntry>;
  /** Literal forms (see literalForm.ts) of each entry's name and short name. */
  accepted: ReadonlyMap<AgencyEntry, ReadonlySet<string>>;
  /** Variant verdicts already reached, by entry id and text: the literal form is the costly part. */
  verdicts: Map<string, boolean>;
}

const cache = new WeakMap<AgencyRegistry, RegistryIndex>();

/** The index of a registry, built on first use and kept for as long as the registry array lives. */
export function registryIndex(registry: AgencyRegistry): RegistryIndex {
  let index = cache.get(registry);
  if (!index) {
    index = buildIndex(registry);
    cache.set(registry, index);
  }
  return index;
}

function buildIndex(registry: AgencyRegistry): RegistryIndex {
  const root: TrieNode = { next: new Map() };
  // Names are inserted last so that they win over another entry's alias with the same key; among equals
  // the later entry wins, which lets officer entries appended after the defaults take over.
  for (const entry of registry) for (const alias of entry.aliases) insert(root, alias, entry);
  for (const entry of registry) insert(root, entry.shortName, entry);
  for (const entry of registry) insert(root, entry.name, entry);
  return {
    root,
    byId: new Map(registry.map((entry) => [entry.id, entry])),
    accepted: new Map(registry.map((entry) => [entry, acceptedForms(entry)])),
    verdicts: new Map(),
  };
}

function insert(root: TrieNode, text: string, entry: AgencyEntry): void {
  const keys = keyTokens(tokenizeAgencyText(text));
  if (keys.length === 0) return;
  let node = root;
  for (const key of keys) {
    let child = node.next.get(key);
    if (!child) {
      child = { next: new Map() };
      node.next.set(key, child);
    }
    node = child;
  }
  node.entry = entry;
}

function acceptedForms(entry: AgencyEntry): ReadonlySet<string> {
  return new Set([entry.name, entry.shortName].map((text) => comparableForm(text, entry)));
}

/** The form compared for variants; a collective phrase may start in lower case mid-sentence. */
function comparableForm(text: string, entry: AgencyEntry): string {
  const form = literalForm(text);
  return entry.kind === 'collective' ? form.charAt(0).toLowerCase() + form.slice(1) : form;
}

/** True when the text is neither the entry's canonical name nor its short form (see literalForm.ts). */
export function isVariant(index: RegistryIndex, text: string, entry: AgencyEntry): boolean {
  if (text === entry.name || text === entry.shortName) return false;
  const key = `${entry.id}\u0000${text}`;
  let verdict = index.verdicts.get(key);
  if (verdict === undefined) {
    verdict = !index.accepted.get(entry)?.has(comparableForm(text, entry));
    if (index.verdicts.size >= VERDICT_CACHE_LIMIT) index.verdicts.clear();
    index.verdicts.set(key, verdict);
  }
  return verdict;
}

const VERDICT_CACHE_LIMIT = 20_000;

export interface TokenMatch {
  entry: AgencyEntry;
  /** Index of the first token after the match. */
  end: number;
}

/**
 * The longest registry name starting at token `start`, plus a trailing "tỉnh" and, for a vague phrase,
 * the rest of the phrase up to the next ",", ";" or line break. Undefined when no name starts there.
 */
export function matchAt(
  index: RegistryIndex,
  tokens: readonly AgencyToken[],
  start: number,
): TokenMatch | undefined {
  let node = index.root;
  let best: TokenMatch | undefined;
  for (let i = start; i < tokens.length; i++) {
    const token = tokens[i] as AgencyToken;
    // A name may wrap onto the next line of the cell.
    if (token.separator === 'line') continue;
    // "Sở Văn hóa, - Thể thao": a run of separators counts as one.
    if (token.key === SEPARATOR && previousKey(tokens, i) === SEPARATOR && i > start) continue;
    const child = node.next.get(token.key);
    if (!child) break;
    node = child;
    // A match may not end inside an abbreviation's expansion: mentions must not share characters.
    if (node.entry && !isContinuation(tokens, i + 1)) best = { entry: node.entry, end: i + 1 };
  }
  if (!best) return undefined;
  const end = best.entry.vague ? vagueTailEnd(tokens, best.end) : optionalProvinceEnd(tokens, best.end);
  return { entry: best.entry, end };
}

function previousKey(tokens: readonly AgencyToken[], i: number): string | undefined {
  let j = i - 1;
  while (tokens[j]?.separator === 'line') j--;
  return tokens[j]?.key;
}

function isContinuation(tokens: readonly AgencyToken[], i: number): boolean {
  const previous = tokens[i - 1];
  const next = tokens[i];
  return next !== undefined && previous !== undefined && next.start === previous.start;
}

// "Công an tỉnh" and "Công an" are one agency; "tỉnh" followed by more words ("tỉnh Bà Rịa") is not taken.
function optionalProvinceEnd(tokens: readonly AgencyToken[], end: number): number {
  const next = tokens[end];
  const after = tokens[end + 1];
  return next?.key === 'tinh' && (after === undefined || after.separator !== undefined) ? end + 1 : end;
}

function vagueTailEnd(tokens: readonly AgencyToken[], end: number): number {
  let last = end;
  for (let i = end; i < tokens.length; i++) {
    const separator = tokens[i]?.separator;
    if (separator === 'comma' || separator === 'hard' || separator === 'line') break;
    if (separator === undefined) last = i + 1;
  }
  return last;
}
