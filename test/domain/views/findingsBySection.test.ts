import { findingsBySection, parseAppendix, validate } from '../../../src/domain';
import { sampleGrid } from '../../helpers/grid';

describe('findingsBySection on the real appendix (Kế hoạch 58/KH-UBND 2024)', () => {
  it('counts every finding once, under its top-level section, in sheet order', async () => {
    const appendix = parseAppendix(await sampleGrid());
    const { findings } = validate(appendix);
    const rows = findingsBySection(appendix, findings);
    const sum = rows.reduce((n, row) => n + row.counts.error + row.counts.warning + row.counts.info, 0);
    expect(sum).toBe(findings.length);
    // The second "VII" (row 116) is a section of its own, holding the duplicate number.
    const sevenths = rows.filter((row) => row.tt === 'VII');
    expect(sevenths).toHaveLength(2);
    expect(sevenths[1]?.counts.error).toBeGreaterThan(0);
    const tops = appendix.sections.filter((s) => s.parentRow === null).map((s) => `${s.tt} ${s.title}`);
    const positions = rows.filter((row) => row.tt).map((row) => tops.indexOf(`${row.tt} ${row.title}`));
    expect(positions.every((at, i) => at >= 0 && (i === 0 || at > (positions[i - 1] ?? -1)))).toBe(true);
    expect(rows.every((row) => row.counts.error + row.counts.warning + row.counts.info > 0)).toBe(true);
  });
});
