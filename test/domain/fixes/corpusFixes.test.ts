import { join } from 'node:path';
import { parseAppendix, proposeFixes, renumberings, validate } from '../../../src/domain';
import { corpusSlugs, readKey, REAL } from '../../helpers/corpusScore';
import { fixtureGrids } from '../../helpers/grid';

/**
 * The fixes proposed on every appendix of the real corpus, each read and judged right by hand (session 12):
 * a name re-cased, re-punctuated or completed ("Bộ Khoa học và công nghệ", "Ngân hàng Nhà nước" → "… Việt
 * Nam"), doubled spaces. Left out on purpose, and so absent here: "Ngân hàng nhà nước khu vực XII" (the
 * registry's name would drop "XII"), "VTV, VOV" (an abbreviation is the officer's choice), "Trung tâm Xúc
 * tiến đầu tư, thương mại và du lịch tỉnh" of Lâm Đồng (another province's centre has no "và"), "Trung tâm
 * Phục vụ hành chính công" + "tỉnh" in Hà Nội's plan (a city). A new fix on the corpus must be judged and
 * added here.
 */
const EXPECTED = [
  'kh-179-ubnd-dong-nai-2025-phu-luc C40 Sở Văn hóa, Thể thao và Du lịch',
  'kh-179-ubnd-dong-nai-2025-phu-luc D52 Sở Tài chính; Sở Sở Công Thương',
  'kh-179-ubnd-dong-nai-2025-phu-luc D53 Sở Công Thương; Sở Tài chính; UBND các phường xã',
  'kh-179-ubnd-dong-nai-2025-phu-luc C58 Sở Tài chính',
  'kh-277-ubnd-ha-noi-2026 E29 Sở Văn hóa và Thể thao',
  'kh-cchc-2026-2030-ubnd-lam-dong-du-thao C41 giao dự toán hằng năm của UBND tỉnh',
  'kh-cchc-2026-2030-ubnd-lam-dong-du-thao E41 Sở Tài chính; UBND các xã, phường, đặc khu',
  'kh-cchc-2026-2030-ubnd-lam-dong-du-thao B68 để áp dụng nhân rộng',
  'kh-cchc-2026-ubnd-lam-dong-du-thao E41 Sở Tài chính; UBND các xã, phường, đặc khu',
  // Session 15 (batch Q): a space left at the end of four cells of the Lào Cai draft.
  'kh-ct11-ubnd-lao-cai-2026-phu-luc D16 địa phương liên quan',
  'kh-ct11-ubnd-lao-cai-2026-phu-luc D19 Các Sở, ban, ngành và địa phương',
  'kh-ct11-ubnd-lao-cai-2026-phu-luc D20 các Sở, ban, ngành',
  'kh-ct11-ubnd-lao-cai-2026-phu-luc C21 UBND các xã, phường',
  // Session 23 (Đắk Lắk Phụ lục III 2026): spaces left at the ends of investor cells and doubled in the steps
  // note; the Tỉnh ủy's office with the registry's lower-case "ủy".
  'kh-dtc-ubnd-dak-lak-2026-phu-luc-3-du-thao D6 Sở Khoa học và Công nghệ',
  'kh-dtc-ubnd-dak-lak-2026-phu-luc-3-du-thao S6 Bước 7: Ký kết hợp đồng (5 - 10 ngày)',
  'kh-dtc-ubnd-dak-lak-2026-phu-luc-3-du-thao D8 Chi cục Kiểm lâm tỉnh Đắk Lắk',
  'kh-dtc-ubnd-dak-lak-2026-phu-luc-3-du-thao D10 Văn phòng Tỉnh ủy',
  'kh-dtc-ubnd-dak-lak-2026-phu-luc-3-du-thao D11 Văn phòng Tỉnh ủy',
  'kh-dtc-ubnd-dak-lak-2026-phu-luc-3-du-thao D14 Sở Khoa học và Công nghệ',
  'kh-dtc-ubnd-dak-lak-2026-phu-luc-3-du-thao D15 Sở Khoa học và Công nghệ',
  'kh-dtc-ubnd-dak-lak-2026-phu-luc-3-du-thao D16 Sở Khoa học và Công nghệ',
  'kh-dtc-ubnd-dak-lak-2026-phu-luc-3-du-thao D17 Sở Khoa học và Công nghệ',
  'kh-dtc-ubnd-dak-lak-2026-phu-luc-3-du-thao D18 Sở Xây dựng',
  'kh-dtc-ubnd-dak-lak-2026-phu-luc-3-du-thao D19 Sở Xây dựng',
  'nq-100-cp-2026-phu-luc C30 Bộ Khoa học và Công nghệ',
  'nq-100-cp-2026-phu-luc C31 Bộ Khoa học và Công nghệ',
  'nq-116-cp-2026-phu-luc C18 Bộ Tài chính, Ngân hàng Nhà nước Việt Nam',
  // Session 15 (12/NQ-CP 2023): the ministry's name as its Nghị định writes it, lower-case "vận tải".
  'nq-12-cp-2023-phu-luc C23 Bộ Giao thông vận tải',
  // Session 14 (88/NQ-CP 2022): the committee's name as Nghị định 131/2018/NĐ-CP gives it.
  'nq-88-cp-2022-phu-luc E21 Ủy ban Quản lý vốn nhà nước tại doanh nghiệp',
  'qd-2629-ttg-2025-phu-luc-2 C86 Bộ Khoa học và Công nghệ',
  // 419/QĐ-TTg 2017: the names as their decrees write them ("Bộ Lao động - Thương binh và Xã hội", "Ủy ban Dân
  // tộc", the Constitution's "Kiểm toán nhà nước"); "Bộ Thông tin truyền thông" is also the quiet variant note.
  // The Chamber's name in 2017, before its rename (1496/QĐ-TTg 2022): its capital C mended, not renamed.
  'qd-419-ttg-2017-phu-luc E11 Phòng Thương mại và Công nghiệp Việt Nam,',
  'qd-419-ttg-2017-phu-luc E12 Ngân hàng Nhà nước Việt Nam, Bộ Công Thương',
  'qd-419-ttg-2017-phu-luc E13 Ngân hàng Nhà nước Việt Nam, Ủy ban nhân dân tỉnh',
  'qd-419-ttg-2017-phu-luc E19 Ủy ban Dân tộc',
  'qd-419-ttg-2017-phu-luc E20 Bộ Nông nghiệp và Phát triển nông thôn',
  'qd-419-ttg-2017-phu-luc E21 Bộ Lao động - Thương binh và Xã hội',
  'qd-419-ttg-2017-phu-luc E24 Bộ Lao động - Thương binh và Xã hội',
  'qd-419-ttg-2017-phu-luc E33 Ngân hàng Nhà nước Việt Nam',
  'qd-419-ttg-2017-phu-luc E38 Ngân hàng Nhà nước Việt Nam',
  'qd-419-ttg-2017-phu-luc E44 Bộ Lao động - Thương binh và Xã hội',
  'qd-419-ttg-2017-phu-luc E45 Bộ Lao động - Thương binh và Xã hội;',
  'qd-419-ttg-2017-phu-luc E48 Kiểm toán nhà nước',
  'qd-419-ttg-2017-phu-luc E49 Bộ Lao động - Thương binh và Xã hội;',
  'qd-419-ttg-2017-phu-luc E51 Ủy ban Dân tộc',
  'qd-419-ttg-2017-phu-luc E52 Bộ Thông tin và Truyền thông',
  'qd-982-ttg-2026-phu-luc D25 Ngân hàng Nhà nước Việt Nam;',
  'qd-982-ttg-2026-phu-luc D27 Ngân hàng Nhà nước Việt Nam\n',
  'qd-982-ttg-2026-phu-luc C28 Ngân hàng Nhà nước Việt Nam',
  'tb-624-vpcp-2025-phu-luc-1 D33 Bộ Y tế, Bộ Tài chính',
];

describe('fixes on the real corpus', () => {
  it('proposes exactly the fixes judged right, and each reads as expected', async () => {
    const found: string[] = [];
    const renumbered: string[] = [];
    for (const slug of corpusSlugs()) {
      const grids = await fixtureGrids(join(REAL, `${slug}.xlsx`));
      const grid = grids.find((g) => g.sheetName === readKey(slug).sheet);
      if (!grid) throw new Error(`${slug}: no sheet`);
      const appendix = parseAppendix(grid);
      const { findings, analyses } = validate(appendix);
      for (const { under, changes } of renumberings(appendix, grid, findings))
        renumbered.push(
          `${slug} ${under}: ${changes.map((c) => `${c.cell} ${c.before}→${c.after}`).join(', ')}`,
        );
      for (const change of proposeFixes({ grid, appendix, analyses, findings })) {
        const expected = EXPECTED.find((line) => line.startsWith(`${slug} ${change.cell} `));
        found.push(`${slug} ${change.cell}`);
        expect(change.after).toContain(
          expected?.slice(slug.length + change.cell.length + 2) ?? '(unexpected)',
        );
      }
    }
    expect(found).toEqual(EXPECTED.map((line) => line.split(' ').slice(0, 2).join(' ')));
    // Two numberings to set right in the whole corpus: Đồng Nai's second "IV" under B, whose items the
    // document already numbers 5.1, 5.2 — the renumbering the document itself implies; Đắk Lắk's projects
    // 5, 5, 7, 6, 7 … 19 under B, which run on from A's 1 to 21.
    expect(renumbered).toEqual([
      'kh-179-ubnd-dong-nai-2025-phu-luc B: A91 IV→V',
      'kh-dtc-ubnd-dak-lak-2026-phu-luc-3-du-thao B: A12 5→6, A14 6→8, A15 7→9, A16 8→10, A17 9→11, A18 10→12, A19 11→13, A20 12→14, A21 13→15, A22 14→16, A23 15→17, A24 16→18, A25 17→19, A26 18→20, A27 19→21',
    ]);
  });
});
