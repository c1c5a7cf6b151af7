import { bodyRowHeight, columnPoints, mergedRowHeight, printScale } from '../../../src/domain';

describe('how a list sheet prints', () => {
  it('keeps 100 % when the columns fit an A4 landscape page, and scales wider tables down to fit', () => {
    expect(printScale([5, 60, 20])).toBe(100);
    const wide = [6, 70, 30, 30, 20, 20, 20];
    const scale = printScale(wide);
    expect(scale).toBeLessThan(100);
    const table = wide.reduce((sum, w) => sum + columnPoints(w), 0);
    expect((table * scale) / 100).toBeLessThanOrEqual((297 / 25.4) * 72 - 72);
    expect((table * (scale + 1)) / 100).toBeGreaterThan((297 / 25.4) * 72 - 72);
    expect(printScale(Array.from({ length: 200 }, () => 50))).toBe(10);
  });

  it('gives a task row the height of its tallest wrapped cell, line breaks counted', () => {
    expect(bodyRowHeight({ kind: 'task', cells: ['1', 'Ngắn'] }, [5, 40])).toBeUndefined();
    expect(bodyRowHeight({ kind: 'task', cells: ['1', 'x'.repeat(100)] }, [5, 40])).toBe(48);
    expect(bodyRowHeight({ kind: 'task', cells: ['1', '- a\n- b\n- c\n- d', 2] }, [5, 40, 8])).toBe(64);
    expect(
      bodyRowHeight(
        { kind: 'task', cells: [{ text: 'y'.repeat(30), link: { sheet: 'S', cell: 'A1' } }] },
        [10],
      ),
    ).toBe(64);
  });

  it('gives merged lines the height of their text over the merged width', () => {
    expect(mergedRowHeight('x'.repeat(200), [5, 60, 20])).toBe(48);
    expect(bodyRowHeight({ kind: 'section', tt: 'I', title: 'x'.repeat(200) }, [5, 60, 20])).toBe(
      mergedRowHeight('x'.repeat(200), [5, 60, 20], 1),
    );
    expect(bodyRowHeight({ kind: 'note', text: 'ngắn' }, [5, 60])).toBeUndefined();
  });
});
