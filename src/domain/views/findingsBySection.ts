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
 * A section's findings as a bar of text, `width` glyphs for the busiest section (`most` findings), each
 * severity its own glyph, errors first; a section with any finding gets at least one glyph of each severity
 * it has, so none vanishes by rounding.
 * @example textBar({ error: 1, warning: 2, info: 0 }, 6, 12) === '██▓▓▓▓'
 */
export function textBar(counts: Record<Severity, number>, most: number, width: number): string {
  const scale = width / Math.max(1, most);
  return (['error', 'warning', 'info'] as const)
    .map((severity) => {
      const count = counts[severity];
      return count > 0 ? BAR_GLYPHS[severity].repeat(Math.max(1, Math.round(count * scale))) : '';
    })
    .join('');
}
