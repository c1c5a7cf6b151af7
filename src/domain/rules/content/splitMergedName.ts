import type { AgencyMention } from '../../agencies';
import { agencyKey, mentionName } from '../../agencies';
import type { FieldCell } from '../fieldCells';
import { atCell } from '../fieldCells';
import type { RuleFinding, RuleInput } from '../types';
import { eachAgencyCell } from './agencyCells';
import { minOf } from '../../arrays';

// Only list separators between two names of a run ("Cục Lâm nghiệp và Cục Kiểm lâm", "…, Cục …").
const JOINER = /^\s*(?:,|và|,\s*và)\s*$/u;

/**
 * Names the document writes apart that it writes elsewhere as one merged unit: "Cục Lâm nghiệp và Cục
 * Kiểm lâm" beside "Cục Lâm nghiệp và Kiểm lâm" (2200/QĐ-BNNMT 2026). The 2025 reorganisation named merged
 * units so ("Cục A và B"); the run of names sharing their head words is the pre-merger pair, an
 * inconsistency within the document. One finding per cell, with the merged name as `canonical`.
 */
export function splitMergedNames(input: RuleInput): RuleFinding[] {
  const written = new Map<string, string>();
  for (const analysis of input.analyses)
    for (const m of [...analysis.leadAgencies, ...analysis.partnerAgencies]) {
      const name = mentionName(m);
      if (named(m) && /\svà\s/u.test(name)) written.set(agencyKey(name), name);
    }
  if (written.size === 0) return [];
  // Lead and partner columns repeat the same few texts: each is read once.
  const seen = new Map<string, Array<{ agency: string; canonical: string }>>();
  const pairsOf = (cell: FieldCell, mentions: readonly AgencyMention[]) => {
    let pairs = seen.get(cell.text);
    if (!pairs) {
      pairs = runsIn(cell, mentions).flatMap((run) => {
        const canonical = written.get(agencyKey(mergedName(run)));
        return canonical ? [{ agency: cell.text.slice(run[0]?.start, run.at(-1)?.end), canonical }] : [];
      });
      seen.set(cell.text, pairs);
    }
    return pairs;
  };
  return eachAgencyCell(input, (cell, field, mentions) =>
    mentions.length < 2
      ? []
      : pairsOf(cell, mentions).map((pair) => ({ ...atCell(cell), data: { ...pair, field } })),
  );
}

/** A body's own name (not a collective, not read with a head word from a list). */
const named = (m: AgencyMention) => !m.collective && !m.vague && !m.impliedHead;

/** Runs of two or more names next to each other, joined only by "," or "và", sharing a first word. */
function runsIn(cell: FieldCell, mentions: readonly AgencyMention[]): AgencyMention[][] {
  const runs: AgencyMention[][] = [];
  let run: AgencyMention[] = [];
  mentions.forEach((m, i) => {
    const previous = mentions[i - 1];
    const joined =
      previous !== undefined &&
      named(previous) &&
      named(m) &&
      JOINER.test(cell.text.slice(previous.end, m.start)) &&
      commonHead([previous, m]).length > 0;
    if (!joined) {
      if (run.length > 1) runs.push(run);
      run = [];
    }
    run.push(m);
  });
  if (run.length > 1) runs.push(run);
  return runs;
}

/** The words every name of the run starts with, short of the whole of any name. */
function commonHead(run: readonly AgencyMention[]): string[] {
  const words = run.map((m) => mentionName(m).split(/\s+/u));
  const shortest = minOf(words.map((w) => w.length));
  const head: string[] = [];
  for (let i = 0; i < shortest - 1; i++) {
    const word = words[0]?.[i];
    if (
      word === undefined ||
      words.some((w) => w[i]?.toLocaleLowerCase('vi') !== word.toLocaleLowerCase('vi'))
    )
      break;
    head.push(word);
  }
  return head;
}

/** "Cục Lâm nghiệp", "Cục Kiểm lâm" → "Cục Lâm nghiệp và Kiểm lâm" (three: "Cục A, B và C"). */
function mergedName(run: readonly AgencyMention[]): string {
  const head = commonHead(run);
  const rests = run.map((m) => mentionName(m).split(/\s+/u).slice(head.length).join(' '));
  const last = rests.pop() ?? '';
  return `${head.join(' ')} ${rests.join(', ')} và ${last}`;
}
