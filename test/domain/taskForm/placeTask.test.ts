import type { Appendix } from '../../../src/domain';
import {
  draftFindings,
  editableTask,
  editChanges,
  nextNumber,
  parseAppendix,
  placeTask,
  taskAtRow,
} from '../../../src/domain';
import { gridFrom, HEADER, sampleGrid } from '../../helpers/grid';

describe('placeTask on the real appendix (Kế hoạch 58/KH-UBND 2024, Phụ lục 1)', () => {
  let appendix: Appendix;
  beforeAll(async () => {
    appendix = parseAppendix(await sampleGrid());
  });

  it('puts a task at the end of its section, numbered after the section’s last, renumbering nothing', () => {
    // II.II (row 32) holds tasks 1–10 on rows 33–42; II.III starts on row 43.
    const placement = placeTask(appendix, 32, { task: 'Tổ chức đoàn công tác', lead: 'Sở Ngoại vụ' });
    expect(placement).toMatchObject({ rowNumber: 43, tt: '11', renumber: [] });
    expect(placement.cells).toEqual([
      { column: 'A', text: '11' },
      { column: 'B', text: 'Tổ chức đoàn công tác' },
      { column: 'C', text: 'Sở Ngoại vụ' },
    ]);
  });

  it('puts a task under a numbered group after its last item, in the group’s numbering', () => {
    // Group 5 (row 14) holds 5.1–5.3 on rows 15–17.
    expect(placeTask(appendix, 14, { task: 'Việc mới' })).toMatchObject({ rowNumber: 18, tt: '5.4' });
  });

  it('puts a task in a section with subsections after the last of them, and at the end of the table', () => {
    // Section II (row 8) runs through II.V (rows 54–55); III starts on row 56.
    expect(placeTask(appendix, 8, { task: 'Việc mới' }).rowNumber).toBe(56);
    const last = Math.max(...appendix.tasks.map((task) => task.rows[1]));
    expect(placeTask(appendix, null, { task: 'Việc mới' }).rowNumber).toBe(last + 1);
  });

  it('keeps the TT the officer typed', () => {
    expect(placeTask(appendix, 32, { tt: '10a', task: 'Việc mới' }).tt).toBe('10a');
  });
});

describe('placeTask where the numbers run on across sections', () => {
  const appendix = parseAppendix(
    gridFrom([
      ['PHỤ LỤC'],
      HEADER,
      ['I', 'CÔNG TÁC CHUNG'],
      [1, 'Việc một', 'Sở Tư pháp', 'Quý I/2025'],
      [2, 'Việc hai', 'Sở Tư pháp', 'Quý I/2025'],
      ['II', 'CÔNG TÁC RIÊNG'],
      [3, 'Việc ba', 'Sở Nội vụ', 'Quý II/2025'],
      [4, 'Việc bốn', 'Sở Nội vụ', 'Quý II/2025'],
    ]),
  );

  it('proposes the following numbers one up, in their rows after the insertion, without changing them', () => {
    const placement = placeTask(appendix, 3, { task: 'Việc mới' });
    expect(placement).toMatchObject({ rowNumber: 6, tt: '3' });
    expect(placement.renumber.map((c) => `${c.cell} ${c.before}→${c.after}`)).toEqual(['A8 3→4', 'A9 4→5']);
  });
});

describe('nextNumber', () => {
  it.each([
    ['5', '6'],
    ['2.3', '2.4'],
    ['1.2.9', '1.2.10'],
    ['a)', 'b)'],
    ['d', 'đ'],
    ['đ.', 'e.'],
    ['IV', 'V'],
    ['XV.', 'XVI.'],
    ['IIII', undefined],
    ['5)', '6)'],
    ['', undefined],
    ['*', undefined],
  ])('%s → %s', (tt, next) => {
    expect(nextNumber(tt)).toBe(next);
  });
});

describe('draftFindings', () => {
  let appendix: Appendix;
  beforeAll(async () => {
    appendix = parseAppendix(await sampleGrid());
  });

  it('says what the check would say of the draft, on its own cells only', () => {
    const placement = placeTask(appendix, 32, {});
    const faulty = draftFindings(
      appendix,
      placement,
      {
        task: 'Tổ chức đoàn công tác',
        lead: 'Sở Kế hoạch - Đầu tư',
        time: 'Quý V/2024',
        basis: 'Kế hoạch số 82/KH- UBND ngày 18/5/2023',
        funding: 'Ngân sách tỉnh',
      },
      { sectionRow: 32 },
    );
    expect(faulty.map((f) => `${f.code}@${f.cell}`)).toEqual(
      expect.arrayContaining(['agency-name-variant@C43', 'malformed-citation@E43']),
    );
    expect(faulty.every((f) => f.rowNumber === 43)).toBe(true);
    expect(faulty.map((f) => f.column)).toContain('D');
    const sound = draftFindings(
      appendix,
      placement,
      {
        task: 'Tổ chức đoàn công tác',
        lead: 'Sở Ngoại vụ',
        time: 'Quý IV/2024',
        basis: 'Kế hoạch số 82/KH-UBND ngày 18/5/2023 của UBND tỉnh',
        funding: 'Ngân sách tỉnh',
      },
      { sectionRow: 32 },
    );
    expect(sound).toEqual([]);
  });
});

describe('editing a task in the form', () => {
  let appendix: Appendix;
  beforeAll(async () => {
    appendix = parseAppendix(await sampleGrid());
  });

  it('loads a row’s task and rewrites only its changed, unlocked cells, with the loaded text as before', () => {
    const task = taskAtRow(appendix, 33);
    if (!task) throw new Error('no task on row 33');
    const edit = editableTask(appendix, task);
    expect(edit.draft.tt).toBe('1');
    const changes = editChanges(appendix, edit, { ...edit.draft, lead: 'Sở Tư pháp', tt: '1' });
    expect(changes.map((c) => [c.cell, c.before, c.after])).toEqual([['C33', task.lead, 'Sở Tư pháp']]);
  });

  it('locks a cell merged over several tasks, and every cell of a task written over several rows', () => {
    const merged = appendix.tasks.find((task) => Object.keys(task.mergedFrom).length > 0);
    const multi = appendix.tasks.find((task) => task.continuationRows.length > 0);
    if (!merged || !multi) throw new Error('the sample has both');
    const field = Object.keys(merged.mergedFrom)[0] as 'basis';
    const edit = editableTask(appendix, merged);
    expect(edit.locked).toContain(field);
    expect(editChanges(appendix, edit, { ...edit.draft, [field]: 'khác' })).toEqual([]);
    expect(editableTask(appendix, multi).locked).toEqual(expect.arrayContaining(['task', 'lead']));
    expect(taskAtRow(appendix, multi.rows[1])).toBe(multi);
    expect(taskAtRow(appendix, 8)).toBeUndefined();
  });
});
