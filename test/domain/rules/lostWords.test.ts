import type { Finding } from '../../../src/domain';
import { parseAppendix, validate } from '../../../src/domain';
import { formatFinding } from '../../../src/domain/messages';
import { gridFrom, HEADER } from '../../helpers/grid';

// 100/NQ-CP 2026 (test/fixtures/real): the committee is written in full in several partner cells and once
// with two words lost ("phi chính").
const COMMITTEE = 'Ủy ban công tác phi chính phủ nước ngoài';

const inconsistent = (partners: readonly string[]) =>
  validate(
    parseAppendix(
      gridFrom([
        ['(Kèm theo Nghị quyết số 100/NQ-CP ngày 06 tháng 4 năm 2026 của Chính phủ)'],
        [...HEADER, 'Cơ quan phối hợp'],
        ...partners.map((p, i) => [String(i + 1), `Việc ${i + 1}`, 'Bộ Ngoại giao', 'Năm 2026', '', '', p]),
      ]),
    ),
  ).findings.filter((f) => f.code === 'agency-name-inconsistent');

describe('a name written once with words lost from inside a name the document uses (lostWords)', () => {
  it('is reported with the fuller name (100/NQ-CP 2026, D27)', () => {
    const found = inconsistent([
      `${COMMITTEE}, Bộ Công an`,
      COMMITTEE,
      'Ủy ban công tác phủ nước ngoài, các Bộ, ngành, địa phương',
    ]);
    expect(found.map((f) => [f.cell, f.severity, f.data.canonical])).toEqual([['G5', 'warning', COMMITTEE]]);
    expect(formatFinding(found[0] as Finding, 'vi')).toContain(`nên thống nhất: "${COMMITTEE}"`);
  });

  it.each([
    // The fuller name stands in one cell only: no usage to hold the other to.
    [[COMMITTEE, 'Ủy ban công tác phủ nước ngoài']],
    // A short form that drops the tail, or a body that shares the head, is no loss from inside.
    [
      [
        'Trung tâm Công nghệ thông tin và Truyền thông',
        'Trung tâm Công nghệ thông tin và Truyền thông',
        'Trung tâm Công nghệ thông tin',
      ],
    ],
    [
      [
        'Ban Quản lý các khu công nghiệp và khu kinh tế',
        'Ban Quản lý các khu công nghiệp và khu kinh tế',
        'Ban Quản lý khu kinh tế',
      ],
    ],
    // The shorter name written in two cells is the document's own usage too.
    [[COMMITTEE, COMMITTEE, 'Ủy ban công tác phủ nước ngoài', 'Ủy ban công tác phủ nước ngoài']],
  ])('leaves %j alone', (partners) => {
    expect(inconsistent(partners)).toEqual([]);
  });
});
