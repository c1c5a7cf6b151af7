import type { AgencyMention } from '../agencies';
import type { Finding } from '../schema';
import type { TaskAnalysis } from '../rules';
import type { FixableCode } from './cellChange';

/** A replacement of `text.slice(start, end)` in a cell, and the finding it answers. */
export interface SpanEdit {
  start: number;
  end: number;
  replacement: string;
  code: FixableCode;
}

// A bracket after a name qualifies it ("Bộ Tư pháp (đối với …)"): it stays as written.
const TRAILING_BRACKET = /\s*\([^()]*\)\s*$/u;

/**
 * The canonical name in place of a variant one ("Sở Kế hoạch - Đầu tư" → "Sở Kế hoạch và Đầu tư"), only
 * where nothing else of the cell's wording would go with it: not a name with its province after it, not an
 * item of a list that takes its head word from the list ("Các Bộ: Y tế, …"), not a collective or vague
 * phrase, not a name wrapped over two lines. The offsets are checked against the cell as it is.
 */
export function agencyEdit(raw: string, finding: Finding, analysis: TaskAnalysis): SpanEdit | undefined {
  const mentions = finding.data.field === 'partners' ? analysis.partnerAgencies : analysis.leadAgencies;
  const mention = mentions.find((m) => m.text === finding.data.agency && renamable(m));
  if (!mention?.entry) return undefined;
  const name = mention.text.replace(TRAILING_BRACKET, '');
  const end = mention.start + name.length;
  if (name.includes('\n') || raw.slice(mention.start, end) !== name || name === mention.entry.name)
    return undefined;
  return {
    start: mention.start,
    end,
    replacement: mention.entry.name,
    code: finding.code as FixableCode,
  };
}

function renamable(m: AgencyMention): boolean {
  return (
    m.entry !== undefined &&
    m.variant &&
    !m.vague &&
    !m.collective &&
    m.province === undefined &&
    m.impliedHead === undefined
  );
}

/** The symbol without its stray spaces ("82/KH- UBND" → "82/KH-UBND"); the type word and date stay. */
export function citationSpacingEdit(
  raw: string,
  finding: Finding,
  analysis: TaskAnalysis,
): SpanEdit | undefined {
  const problems = finding.data.problems;
  if (!Array.isArray(problems) || !problems.includes('spaces')) return undefined;
  const citation = analysis.citations.citations.find(
    (c) => c.text === finding.data.citation && c.problems.includes('spaces'),
  );
  if (!citation) return undefined;
  const at = citation.text.indexOf(citation.symbol);
  const start = citation.start + at;
  const end = start + citation.symbol.length;
  if (at < 0 || raw.slice(start, end) !== citation.symbol) return undefined;
  return { start, end, replacement: citation.canonicalSymbol, code: 'malformed-citation' };
}

/** Applies the edits that do not overlap an earlier one, from the end so the offsets hold. */
export function applySpanEdits(
  raw: string,
  edits: readonly SpanEdit[],
): { text: string; applied: SpanEdit[] } {
  const applied: SpanEdit[] = [];
  for (const edit of [...edits].sort((a, b) => a.start - b.start))
    if (applied.every((other) => edit.start >= other.end || edit.end <= other.start)) applied.push(edit);
  let text = raw;
  for (const edit of [...applied].reverse())
    text = text.slice(0, edit.start) + edit.replacement + text.slice(edit.end);
  return { text, applied };
}
