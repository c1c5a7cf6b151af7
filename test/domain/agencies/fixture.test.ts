import type { AgencyMention } from '../../../src/domain/agencies';
import { agencyStatusAt, DEFAULT_REGISTRY, splitAgencies } from '../../../src/domain/agencies';
import { cellText, columnNumber, lastRow } from '../../../src/domain/grid';
import { sampleGrid } from '../../helpers/grid';

// The lead column (C) of Kế hoạch 58/KH-UBND, sheet "Phụ lục 1": the header is row 5 and the section rows
// are merged across B:F, so their C cells are empty in the grid.
interface Lead {
  cell: string;
  text: string;
  mentions: AgencyMention[];
}

const LEAD = columnNumber('C');
const HEADER_ROW = 5;

describe('the lead column of the Kế hoạch 58/KH-UBND appendix', () => {
  let leads: Lead[];
  const at = (cell: string): Lead => {
    const lead = leads.find((l) => l.cell === cell);
    if (!lead) throw new Error(`no lead in ${cell}`);
    return lead;
  };
  const mentionsWhere = (pick: (m: AgencyMention) => boolean) =>
    leads.flatMap((l) => l.mentions.filter(pick).map((m) => `${l.cell}: ${m.text}`));

  beforeAll(async () => {
    const grid = await sampleGrid();
    leads = [];
    for (let row = HEADER_ROW + 1; row <= lastRow(grid); row++) {
      const text = cellText(grid, row, LEAD);
      if (text.trim() !== '')
        leads.push({ cell: `C${row}`, text, mentions: splitAgencies(text, DEFAULT_REGISTRY) });
    }
  });

  it('reads the 97 task leads', () => {
    expect(leads).toHaveLength(97);
  });

  it('resolves every agency named in the column to a registry entry', () => {
    expect(mentionsWhere((m) => m.entry === undefined)).toEqual([]);
  });

  it('flags exactly the variant spellings the product owner listed', () => {
    const bareFriendship = ['C60', 'C61', 'C62', 'C64', 'C65', 'C96'].map(
      (cell) => `${cell}: Liên hiệp các tổ chức hữu nghị`,
    );
    expect(mentionsWhere((m) => m.variant).sort()).toEqual(
      [
        'C31: Sở Kế hoạch - Đầu tư',
        'C84: Sở Kế hoạch-Đầu tư',
        'C86: Sở Thông tin truyền thông',
        ...bareFriendship,
      ].sort(),
    );
  });

  it('gives every "Liên hiệp các tổ chức hữu nghị" without "tỉnh" the canonical entry', () => {
    const bare = leads.filter((l) => l.text === 'Liên hiệp các tổ chức hữu nghị');
    expect(bare.length).toBeGreaterThan(0);
    for (const lead of bare) {
      expect(lead.mentions).toEqual([
        expect.objectContaining({
          variant: true,
          entry: expect.objectContaining({ name: 'Liên hiệp các tổ chức hữu nghị tỉnh' }),
        }),
      ]);
    }
  });

  it('marks the vague mentions in C84, C102, C117 and C118 and no others', () => {
    expect(mentionsWhere((m) => m.vague)).toEqual([
      'C84: các cơ quan có liên quan',
      'C102: các cơ quan liên quan được giao nhiệm vụ theo Kế hoạch số 250/KH- UBND',
      'C117: Các cơ quan được giao chủ trì tham mưu đoàn ra',
      'C118: Các cơ quan được giao chủ trì tham mưu đoàn vào',
    ]);
  });

  it.each([
    ['C13', ['Sở Du lịch', 'Trung tâm xúc tiến đầu tư, thương mại du lịch tỉnh']],
    ['C11', ['Sở Tài nguyên và Môi trường', 'Sở Khoa học và Công nghệ', 'UBND huyện Côn Đảo']],
    ['C20', ['Văn phòng Đoàn ĐBQH và HĐND tỉnh', 'Sở Ngoại vụ']],
    ['C55', ['UBND các huyện, thị xã, thành phố']],
    ['C76', ['Sở Ngoại vụ', 'Sở Nội vụ']],
    ['C84', ['Sở Kế hoạch-Đầu tư', 'Sở Công Thương', 'các cơ quan có liên quan']],
    ['C94', ['Sở Giáo dục và Đào tạo', 'Trường CĐSP tỉnh']],
    ['C18', ['Sở Nông nghiệp và Phát triển nông thôn']],
  ])('splits %s into %j', (cell, expected) => {
    expect(at(cell).mentions.map((m) => m.text)).toEqual(expected);
  });

  it('keeps the mentions at their offsets in the cell', () => {
    for (const lead of leads) {
      for (const m of lead.mentions) expect(lead.text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('marks "UBND các huyện, thị xã, thành phố" (C55) as one collective mention', () => {
    expect(at('C55').mentions).toEqual([
      expect.objectContaining({ collective: true, vague: false, variant: false }),
    ]);
  });

  it('finds no outdated agency as of the plan date, 11/03/2024', () => {
    const outdated = leads.flatMap((l) =>
      l.mentions.filter((m) => m.entry && !agencyStatusAt(m.entry, '2024-03-11', DEFAULT_REGISTRY).current),
    );
    expect(outdated).toEqual([]);
  });

  describe('as of 01/08/2025', () => {
    const successorNames = (cell: string, text: string): string[] => {
      const mention = at(cell).mentions.find((m) => m.text === text);
      if (!mention?.entry) throw new Error(`${text} not found in ${cell}`);
      const status = agencyStatusAt(mention.entry, '2025-08-01', DEFAULT_REGISTRY);
      if (status.current) return [];
      return status.successors.map((s) => s.name);
    };

    it.each([
      // Sở Ngoại vụ stays: Nghị định 45/2025/NĐ-CP lets a province keep it (C7 is not flagged).
      ['C7', 'Sở Ngoại vụ', []],
      ['C25', 'Sở Kế hoạch và Đầu tư', ['Sở Tài chính']],
      ['C37', 'Sở Giao thông vận tải', ['Sở Xây dựng']],
      ['C35', 'UBND huyện Xuyên Mộc', ['Ủy ban nhân dân các xã, phường, đặc khu']],
      ['C11', 'UBND huyện Côn Đảo', ['Ủy ban nhân dân các xã, phường, đặc khu']],
      ['C17', 'Sở Nông nghiệp và Phát triển nông thôn', ['Sở Nông nghiệp và Môi trường']],
      // Kept or merged by choice of the province (Nghị định 45/2025/NĐ-CP): not outdated by default.
      ['C93', 'Sở Văn hóa và Thể thao', []],
      ['C79', 'Ban Tôn giáo', ['Sở Dân tộc và Tôn giáo']],
      ['C105', 'Sở Thông tin và Truyền thông', ['Sở Khoa học và Công nghệ']],
    ])('flags %s "%s" with its successors %j', (cell, text, expected) => {
      expect(successorNames(cell, text)).toEqual(expected);
    });

    it('flags exactly the agencies the reorganisation ended', () => {
      const ended = new Set(
        leads.flatMap((l) =>
          l.mentions
            .filter((m) => m.entry && !agencyStatusAt(m.entry, '2025-08-01', DEFAULT_REGISTRY).current)
            .map((m) => m.entry?.id),
        ),
      );
      expect([...ended].sort()).toEqual(
        [
          'ban-ton-giao',
          'so-giao-thong-van-tai',
          'so-ke-hoach-dau-tu',
          'so-nong-nghiep-ptnt',
          'so-tai-nguyen-moi-truong',
          'so-thong-tin-truyen-thong',
          'ubnd-cac-huyen-thi-xa-thanh-pho',
          'ubnd-huyen-con-dao',
          'ubnd-huyen-xuyen-moc',
          'ubnd-thanh-pho-vung-tau',
          'ubnd-thi-xa-phu-my',
        ].sort(),
      );
    });
  });
});
