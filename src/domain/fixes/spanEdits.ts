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
export function agencyEdit(
  raw: string,
  finding: Finding,
  analysis: TaskAnalysis,
  level: ProvinceLevel | null,
): SpanEdit | undefined {
  const mentions = finding.data.field === 'partners' ? analysis.partnerAgencies : analysis.leadAgencies;
  const mention = mentions.find((m) => m.text === finding.data.agency && renamable(m));
  if (!mention?.entry) return undefined;
  const name = mention.text.replace(TRAILING_BRACKET, '');
  const end = mention.start + name.length;
  if (name.includes('\n') || raw.slice(mention.start, end) !== name || name === mention.entry.name)
    return undefined;
  if (!keepsEveryWord(name, mention.entry.name, level)) return undefined;
  return {
    start: mention.start,
    end,
    replacement: mention.entry.name,
    code: finding.code as FixableCode,
  };
}

/** The plan's province is a tỉnh or a thành phố (trực thuộc trung ương); null when not known. */
export type ProvinceLevel = 'tỉnh' | 'thành phố';

const JOINERS = /[\s,;&/()\-–—]+/u;

function words(text: string): string[] {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .split(JOINERS)
    .filter((word) => word !== '');
}

/**
 * Whether the canonical name only re-cases, re-punctuates or completes what is written: every written word
 * is in it, in order, and the words it adds are "và", "Việt Nam" or the plan's own level word ("Liên hiệp các tổ
 * chức hữu nghị" → "… tỉnh" in a province's plan). A name whose words differ is no mechanical fix: "Ngân
 * hàng nhà nước khu vực XII" is no "Ngân hàng Nhà nước Khu vực", "Trung tâm Xúc tiến đầu tư, thương mại và
 * du lịch" (Lâm Đồng) no "… thương mại du lịch" (another province's centre), "VTV" no spelled-out name, and
 * "… tỉnh" is wrong in a city's plan (Hà Nội).
 */
export function keepsEveryWord(written: string, canonical: string, level: ProvinceLevel | null): boolean {
  // "và" may be added ("Sở Kế hoạch - Đầu tư"), never dropped ("… thương mại và du lịch").
  const addable = new Set(['và', 'việt', 'nam', ...(level === 'tỉnh' ? ['tỉnh'] : [])]);
  const have = words(written);
  let matched = 0;
  for (const word of words(canonical)) {
    if (matched < have.length && have[matched] === word) matched++;
    else if (!addable.has(word)) return false;
  }
  return matched === have.length;
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
