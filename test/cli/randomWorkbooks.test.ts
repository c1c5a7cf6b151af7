import ExcelJS from 'exceljs';
import type { CliIo } from '../../src/cli/main';
import { main } from '../../src/cli/main';
import { CheckReportSchema, parseArea } from '../../src/domain';
import { HEADER } from '../helpers/grid';

/**
 * Property: whatever an appendix holds, the whole command-line path (file bytes → ExcelJS → grid → parse →
 * rules → report → JSON) ends in a documented exit (0, 1 or 2, never 3), a report that matches its schema,
 * and findings on cells inside the sheet. Random workbooks from a seeded generator, so a failure replays.
 */
const WORDS = [
  'Tổ chức',
  'hội nghị',
  'Sở Nội vụ',
  'Sở Tài chính',
  'UBND các xã',
  'Quý I/2025',
  'Năm 2026',
  'Thường xuyên',
  'Kế hoạch số 12/KH-UBND ngày 10/01/2025',
  'Nghị định 30/2020/NĐ-CP',
  '- gạch đầu dòng',
  '=1+1',
  '+84',
  'Bộ Công Thương',
  'các cơ quan liên quan',
  'I',
  'II',
  '1.1',
  'a)',
  '',
  ' ',
  '\n',
  'Ngân sách tỉnh',
  '2026-2030',
  'Tháng 13/2025',
  '31/02/2025',
  'HQuốc hội',
  'Sở Văn hóa Thể thao',
  'Ðồng Nai',
  'Sëë',
  '😀',
  '\u0000',
];

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

async function randomWorkbook(seed: number): Promise<Uint8Array> {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(next() < 0.2 ? 'Trang 1' : 'Phụ lục');
  if (next() < 0.7) sheet.addRow(['(Kèm theo Kế hoạch số 58/KH-UBND ngày 11/3/2024 của UBND tỉnh)']);
  if (next() < 0.9) sheet.addRow(next() < 0.8 ? HEADER : HEADER.slice(0, 3 + Math.floor(next() * 4)));
  const rows = 1 + Math.floor(next() * 40);
  for (let r = 0; r < rows; r++) {
    const cells = Array.from({ length: 1 + Math.floor(next() * 7) }, () => {
      const roll = next();
      if (roll < 0.1) return Math.floor(next() * 100);
      if (roll < 0.15) return null;
      return Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(WORDS)).join(
        pick([' ', ', ', '; ', '\n']),
      );
    });
    sheet.addRow(cells);
  }
  const merges = Math.floor(next() * 4);
  for (let m = 0; m < merges; m++) {
    const top = 1 + Math.floor(next() * (rows + 2));
    const left = 1 + Math.floor(next() * 6);
    try {
      sheet.mergeCells(top, left, top + Math.floor(next() * 3), left + Math.floor(next() * 3));
    } catch {
      // overlapping merges are refused by ExcelJS, as by Excel
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('the command line on random workbooks (property)', () => {
  it.each(Array.from({ length: 40 }, (_, i) => 1_000 + i))('seed %i', async (seed) => {
    const bytes = await randomWorkbook(seed);
    let stdout = '';
    let stderr = '';
    const io: CliIo = {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      readFile: async () => bytes,
    };
    const code = await main(['check', `random-${seed}.xlsx`, '--json'], io);
    expect([0, 1, 2]).toContain(code);
    if (code === 2) {
      expect(stderr).toMatch(/^[^\n]+\n$/u);
      return;
    }
    const report = CheckReportSchema.parse(JSON.parse(stdout));
    for (const finding of report.findings) {
      if (!finding.cell || finding.sheet) continue;
      const cell = parseArea(finding.cell);
      expect(cell.top).toBeGreaterThanOrEqual(1);
      expect(cell.left).toBeGreaterThanOrEqual(1);
      expect(cell.left).toBeLessThanOrEqual(20);
      expect(cell.top).toBeLessThanOrEqual(50);
    }
  });
});
