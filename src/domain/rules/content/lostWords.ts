import type { AgencyMention } from '../../agencies';
import { mentionName } from '../../agencies';
import { keyTokens, tokenizeAgencyText } from '../../agencies/agencyKey';
import { atCell } from '../fieldCells';
import type { RuleFinding, RuleInput } from '../types';
import { eachAgencyCell } from './agencyCells';

/** A name as the document writes it: its folded words, and in how many cells it stands. */
interface Written {
  name: string;
  words: readonly string[];
  cells: number;
}

// Words kept on either side of the loss: a name that keeps its head and its tail but lost a word or two
// inside ("Ủy ban công tác [phi chính] phủ nước ngoài") — not a short form that drops its tail ("Sở Y tế"
// for "Sở Y tế tỉnh …") or a different body sharing a head ("Ban Quản lý khu kinh tế").
const KEPT_EACH_SIDE = 2;
const MOST_LOST = 2;
const SHORTEST_FULL_NAME = 6;

const wordsOf = (name: string) => keyTokens(tokenizeAgencyText(name));
const ends = (words: readonly string[]) =>
  [...words.slice(0, KEPT_EACH_SIDE), '|', ...words.slice(-KEPT_EACH_SIDE)].join(' ');

/**
 * A name written once that has lost a word or two from inside a name the document writes in two cells or
 * more: "Ủy ban công tác phủ nước ngoài" beside "Ủy ban công tác phi chính phủ nước ngoài" (100/NQ-CP
 * 2026). A slip in the one cell, against the document's own usage; the registry need not know either.
 * One finding per cell, with the fuller name as `canonical`.
 */
export function lostWords(input: RuleInput): RuleFinding[] {
  const written = writtenNames(input);
  // The fuller names, by their first and last words: a one-off name is compared only with those.
  const full = new Map<string, Written[]>();
  for (const name of written.values())
    if (name.cells >= 2 && name.words.length >= SHORTEST_FULL_NAME)
      full.set(ends(name.words), [...(full.get(ends(name.words)) ?? []), name]);
  if (full.size === 0) return [];
  return eachAgencyCell(input, (cell, field, mentions) => {
    for (const m of mentions) {
      if (m.entry || m.collective || m.vague) continue;
      const name = written.get(mentionName(m));
      if (!name || name.cells !== 1 || name.words.length < 2 * KEPT_EACH_SIDE) continue;
      const fuller = full.get(ends(name.words))?.find((other) => lostFrom(name.words, other.words));
      if (fuller)
        return [{ ...atCell(cell), data: { agency: mentionName(m), canonical: fuller.name, field } }];
    }
    return [];
  });
}

/** Every agency name of the lead and partner cells, with the number of cells it stands in. */
function writtenNames(input: RuleInput): Map<string, Written> {
  const names = new Map<string, Written>();
  eachAgencyCell(input, (_cell, _field, mentions: readonly AgencyMention[]) => {
    for (const name of new Set(mentions.map(mentionName))) {
      const seen = names.get(name);
      if (seen) seen.cells++;
      else names.set(name, { name, words: wordsOf(name), cells: 1 });
    }
    return [];
  });
  return names;
}

/** `short` is `long` with one run of one or two words taken out from inside. */
function lostFrom(short: readonly string[], long: readonly string[]): boolean {
  const lost = long.length - short.length;
  if (lost < 1 || lost > MOST_LOST) return false;
  let at = 0;
  while (at < short.length && short[at] === long[at]) at++;
  if (at < KEPT_EACH_SIDE || at > short.length - KEPT_EACH_SIDE) return false;
  for (let i = at; i < short.length; i++) if (short[i] !== long[i + lost]) return false;
  return true;
}
