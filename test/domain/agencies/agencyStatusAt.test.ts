import type { AgencyEntry } from '../../../src/domain/agencies';
import { agencyStatusAt, DEFAULT_REGISTRY } from '../../../src/domain/agencies';

const byId = (id: string): AgencyEntry => {
  const entry = DEFAULT_REGISTRY.find((e) => e.id === id);
  if (!entry) throw new Error(`no ${id}`);
  return entry;
};
const status = (id: string, date: string, registry: readonly AgencyEntry[] = DEFAULT_REGISTRY) => {
  const result = agencyStatusAt(byId(id), date, registry);
  return result.current ? result : { ...result, successors: result.successors.map((s) => s.id) };
};

describe('agencyStatusAt', () => {
  it.each([
    ['so-ngoai-vu', '2024-03-11'],
    ['so-ngoai-vu', '2025-02-28'],
    ['so-ngoai-vu', '2025-08-01'],
    // Optional under Nghị định 45/2025/NĐ-CP: Hà Nội kept both (real corpus, 277/KH-UBND of 2026).
    ['so-du-lich', '2025-08-01'],
    ['so-van-hoa-the-thao', '2025-08-01'],
    ['so-tai-chinh', '2030-01-01'],
    ['cac-so-ban-nganh', '2030-01-01'],
  ])('finds %s current on %s', (id, date) => {
    expect(status(id, date)).toEqual({ current: true });
  });

  it.each([
    ['so-ke-hoach-dau-tu', '2025-08-01', ['so-tai-chinh'], '2025-02-28'],
    ['so-giao-thong-van-tai', '2025-08-01', ['so-xay-dung'], '2025-02-28'],
    ['so-tai-nguyen-moi-truong', '2025-08-01', ['so-nong-nghiep-moi-truong'], '2025-02-28'],
    ['so-lao-dong-tbxh', '2025-08-01', ['so-noi-vu'], '2025-02-28'],
    ['ban-dan-toc', '2025-08-01', ['so-dan-toc-ton-giao'], '2025-02-28'],
    ['ubnd-cac-huyen-thi-xa-thanh-pho', '2025-08-01', ['ubnd-cac-xa-phuong-dac-khu'], '2025-06-30'],
  ])('finds %s ended on %s, succeeded by %j', (id, date, successors, endedOn) => {
    expect(status(id, date)).toEqual({ current: false, successors, endedOn });
  });

  it('follows a chain of successors to the ones current at the date', () => {
    // An officer's registry: Long Điền → Long Đất (1/1/2025) → the commune level (1/7/2025).
    const longDien: AgencyEntry = {
      id: 'ubnd-huyen-long-dien',
      name: 'Ủy ban nhân dân huyện Long Điền',
      shortName: 'UBND huyện Long Điền',
      aliases: [],
      kind: 'people-committee',
      validTo: '2024-12-31',
      successors: ['ubnd-huyen-long-dat'],
    };
    const longDat: AgencyEntry = {
      ...longDien,
      id: 'ubnd-huyen-long-dat',
      name: 'Ủy ban nhân dân huyện Long Đất',
      shortName: 'UBND huyện Long Đất',
      validTo: '2025-06-30',
      successors: ['ubnd-cac-xa-phuong-dac-khu'],
    };
    const registry = [...DEFAULT_REGISTRY, longDien, longDat];
    const result = agencyStatusAt(longDien, '2025-08-01', registry);
    expect(result.current ? [] : result.successors.map((s) => s.id)).toEqual(['ubnd-cac-xa-phuong-dac-khu']);
  });

  it('stops on a cycle in an officer registry', () => {
    const a: AgencyEntry = {
      id: 'a',
      name: 'Ban A',
      shortName: 'A',
      aliases: [],
      kind: 'board',
      validTo: '2025-01-01',
      successors: ['b'],
    };
    const b: AgencyEntry = { ...a, id: 'b', name: 'Ban B', shortName: 'B', successors: ['a'] };
    const result = agencyStatusAt(a, '2025-08-01', [a, b]);
    expect(result).toEqual({ current: false, successors: [b], endedOn: '2025-01-01' });
  });

  it('rejects a date that is not ISO (a caller bug)', () => {
    expect(() => agencyStatusAt(byId('so-ngoai-vu'), '01/08/2025', DEFAULT_REGISTRY)).toThrow(RangeError);
  });
});
