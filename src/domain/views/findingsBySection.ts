import { SHEET_STRINGS } from '../check/strings';
import type { Lang } from '../messages';
import type { Appendix, Finding, Severity } from '../schema';

/** The findings of one top-level section, counted by severity. */
export interface SectionFindings {
  /** The section's TT and title ("II", "CÔNG TÁC NGOẠI GIAO NHÀ NƯỚC"); both '' for what lies outside any. */
  tt: string;
  title: string;
  counts: Record<Severity, number>;
}

/**
 * Where the problems are: the appendix's findings counted per top-level section (a finding on a row of a
 * sub-section counts for its top section), in sheet order; what lies above or outside every section (the
 * plan reference, a missing column) comes first under an empty title. Sections without findings are left out.
 * @example findingsBySection(appendix, findings)[0] // { tt: 'I', title: 'CÔNG TÁC ĐỐI NGOẠI ĐẢNG', counts: { error: 0, warning: 2, info: 1 } }
 */
export function findingsBySection(appendix: Appendix, findings: readonly Finding[]): SectionFindings[] {
  const tops = appendix.sections.filter((s) => s.parentRow === null).sort((a, b) => a.row - b.row);
  const rows = new Map<string, SectionFindings>();
  const outside: SectionFindings = { tt: '', title: '', counts: { error: 0, warning: 0, info: 0 } };
  for (const finding of findings) {
    let top: (typeof tops)[number] | undefined;
    if (!finding.sheet) for (const section of tops) if (section.row <= finding.rowNumber) top = section;
    const key = top ? String(top.row) : '';
    let row = top ? rows.get(key) : outside;
    if (!row && top) {
      row = { tt: top.tt, title: top.title, counts: { error: 0, warning: 0, info: 0 } };
      rows.set(key, row);
    }
    if (row) row.counts[finding.severity]++;
  }
  const sections = tops.flatMap((s) => rows.get(String(s.row)) ?? []);
  const outsideCount = outside.counts.error + outside.counts.warning + outside.counts.info;
  return outsideCount > 0 ? [outside, ...sections] : sections;
}

/** The glyphs of a text bar, darkest for errors: they print, and read the same in every host and file. */
export const BAR_GLYPHS: Record<Severity, string> = { error: '█', warning: '▓', info: '░' };

/**
 * A bar of text, `width` glyphs for the largest total (`most`): each part its own glyph, in the order given,
 * and every part with a count at least one glyph, so none vanishes by rounding.
 * @example textBar([['█', 1], ['▓', 2]], 6, 12) === '██▓▓▓▓'
 */
export function textBar(
  parts: ReadonlyArray<readonly [glyph: string, count: number]>,
  most: number,
  width: number,
): string {
  const scale = width / Math.max(1, most);
  return parts
    .map(([glyph, count]) => (count > 0 ? glyph.repeat(Math.max(1, Math.round(count * scale))) : ''))
    .join('');
}

/** A section's findings as a bar, errors first. @example severityBar({ error: 1, warning: 2, info: 0 }, 6, 12) === '██▓▓▓▓' */
export function severityBar(counts: Record<Severity, number>, most: number, width: number): string {
  const parts = SEVERITIES.map((severity) => [BAR_GLYPHS[severity], counts[severity]] as const);
  return textBar(parts, most, width);
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** "II CÔNG TÁC NGOẠI GIAO NHÀ NƯỚC", or what lies outside every section. */
export function sectionLabel(section: SectionFindings, lang: Lang): string {
  return [section.tt, section.title].filter(Boolean).join(' ') || SHEET_STRINGS[lang].outsideSections;
}

/** "2 lỗi, 4 cảnh báo": the counts in words, the severities without any left out. */
export function countsInWords({ error, warning, info }: Record<Severity, number>, lang: Lang): string {
  return SHEET_STRINGS[lang].sectionCounts(error, warning, info);
}
