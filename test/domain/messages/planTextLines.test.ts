import { planTextLines } from '../../../src/domain';
import type { PlanTextFinding } from '../../../src/domain';

const leadless = (tt: string, line: number): PlanTextFinding => ({
  code: 'part-not-in-text',
  severity: 'info',
  line,
  data: { tt, part: 'lead' },
});

describe('the lines that say what a plan’s text leaves out', () => {
  it('names a task by its number, or by its line when the text does not number it', () => {
    expect(planTextLines([leadless('1', 30), leadless('', 35)], 'line', 'vi')).toEqual([
      'Văn bản không ghi cơ quan chủ trì của 2 nhiệm vụ (1, dòng 35): các ô đó để trống.',
    ]);
    expect(planTextLines([leadless('', 7)], 'paragraph', 'en')).toEqual([
      'The text does not give the lead agency of 1 task (paragraph 7): those cells stay empty.',
    ]);
  });

  it('names twelve at most and counts the rest (556/KH-UBND Đồng Tháp 2025 leaves 46 leads out)', () => {
    const many = Array.from({ length: 46 }, (_, i) => leadless('', 35 + i));
    const [line] = planTextLines(many, 'line', 'vi');
    expect(line).toContain('(dòng 35, dòng 36,');
    expect(line).toContain('dòng 46, và 34 nhiệm vụ khác): các ô đó để trống.');
  });
});
