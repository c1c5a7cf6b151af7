import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../../src/cli/main';
import { main } from '../../src/cli/main';
import { CheckReportSchema, FINDING_CODES } from '../../src/domain';
import { HEADER, SAMPLE } from '../helpers/grid';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readFile: (path) => readFile(path),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'task-matrix-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function writeWorkbook(name: string, rows: unknown[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Phụ lục').addRows(rows);
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

describe('task-matrix check', () => {
  it('prints a Vietnamese summary of the fixture, names the sheet it picked, and exits 1 for its errors', async () => {
    const { code, stdout, stderr } = await run('check', SAMPLE);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toContain(
      'Trang "Phụ lục 1": phụ lục nhiệm vụ (tự chọn: trang giống phụ lục nhiệm vụ nhất; "Phụ lục 2": danh sách đoàn ra, 10 cột nhận ra)',
    );
    expect(stdout).toContain('Dòng tiêu đề: 5');
    expect(stdout).toContain(
      'Kế hoạch: Kế hoạch 58/KH-UBND ngày 11/03/2024 của Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu (năm 2024) · địa phương: tỉnh Bà Rịa - Vũng Tàu',
    );
    expect(stdout).toContain(
      'Đọc được: 17 mục, 6 nhóm, 97 nhiệm vụ; 1 dòng nối tiếp, 1 dòng trống, 0 ghi chú.',
    );
    expect(stdout).toContain('Phát hiện: 2 lỗi, 24 cảnh báo, 9 thông tin.');
    expect(stdout).toMatch(/\[lỗi\] Thiếu căn cứ \(1\)\n\s+E110\s+Nhiệm vụ chưa có căn cứ\./);
    // No rule code (kebab-case) where the officer reads: titles only.
    expect(stdout).not.toMatch(/\] [a-z]+-[a-z-]+ \(/u);
    expect(stdout).toMatch(/\[cảnh báo\] Căn cứ chưa rõ văn bản \(7\)\n\s+E11\s+Căn cứ "Theo kết quả/);
    expect(stdout).toMatch(/\[thông tin\] Dòng nối tiếp \(1\)\n\s+B19\s+Dòng này không có TT/);
    // The same wording on several cells is one line listing them.
    expect(stdout).toContain(
      '  C60, C61, C62, C64, C65, C96 (6×) "Liên hiệp các tổ chức hữu nghị" chưa đúng tên chuẩn',
    );
    // Errors first, then warnings, then info.
    expect(stdout.indexOf('[lỗi]')).toBeLessThan(stdout.indexOf('[cảnh báo]'));
    expect(stdout.indexOf('[cảnh báo]')).toBeLessThan(stdout.indexOf('[thông tin]'));
  });

  it('exits 0 for a clean appendix', async () => {
    const path = await writeWorkbook('sach.xlsx', [
      ['(Kèm theo Kế hoạch số 9/KH-UBND ngày 15/02/2024 của UBND tỉnh)'],
      HEADER,
      ['1', 'Việc', 'Sở Nội vụ', 'Quý I', 'Kế hoạch 1/KH-UBND ngày 02/01/2024', 'Ngân sách tỉnh'],
    ]);
    const { code, stdout } = await run('check', path);
    expect(stdout).toContain('Không có phát hiện nào.');
    expect(code).toBe(0);
  });

  it('prints English with --lang en', async () => {
    const { stdout } = await run('check', SAMPLE, '--lang', 'en');
    expect(stdout).toContain(
      'Read: 17 sections, 6 groups, 97 tasks; 1 continuation rows, 1 blank rows, 0 notes.',
    );
  });

  it("names the plan's period and level: a Prime Minister's decision to 2045 is central", async () => {
    const { stdout } = await run(
      'check',
      join(__dirname, '..', 'fixtures', 'real', 'qd-982-ttg-2026-phu-luc.xlsx'),
    );
    expect(stdout).toContain('của Thủ tướng Chính phủ (2026–2045) · cấp trung ương');
  });

  it('prints JSON that matches the output contract, with the model texts as in the cells', async () => {
    const { code, stdout, stderr } = await run('check', SAMPLE, '--json');
    expect(code).toBe(1);
    expect(stderr).toBe('Đã chọn trang "Phụ lục 1": phụ lục nhiệm vụ.\n');
    const report = CheckReportSchema.parse(JSON.parse(stdout));
    expect(report).toMatchObject({ sheet: 'Phụ lục 1', headerRow: 5, columns: { tt: 'A', basis: 'E' } });
    expect(report.plan).toMatchObject({ number: '58/KH-UBND', date: '2024-03-11', year: 2024 });
    expect(report.sections[0]).toEqual({
      row: 6,
      kind: 'section',
      tt: 'I',
      title: 'CÔNG TÁC ĐỐI NGOẠI ĐẢNG',
      path: ['I'],
      parentRow: null,
    });
    expect(report.tasks.find((t) => t.rows[0] === 61)).toMatchObject({
      tt: '1.3',
      lead: 'Liên hiệp các tổ chức hữu nghị',
    });
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        code: 'continuation-row',
        severity: 'info',
        row: 19,
        column: 'B',
        cell: 'B19',
      }),
    );
    expect(report.findings).toContainEqual(
      expect.objectContaining({ code: 'missing-legal-basis', severity: 'error', row: 110, cell: 'E110' }),
    );
    expect(report.summary).toMatchObject({
      tasks: 97,
      sections: 17,
      groups: 6,
      errors: 2,
      warnings: 24,
      infos: 9,
    });
    expect(report.checkedAsOf).toBe('2024-03-11');
    // Each task carries what the rules parsed from its cells.
    const task13 = report.tasks.find((t) => t.rows[0] === 13);
    expect(task13?.leadAgencies.map((a) => a.name)).toEqual([
      'Sở Du lịch',
      'Trung tâm xúc tiến đầu tư, thương mại du lịch tỉnh',
    ]);
    expect(task13?.timeframe.parts.map((p) => p.kind)).toEqual(['linked']);
    expect(task13?.funding.categories).toEqual(['regular-operating']);
    expect(report.tasks.find((t) => t.rows[0] === 71)?.citations.citations[0]).toMatchObject({
      canonicalSymbol: '58/2022/NĐ-CP',
      system: 'normative',
      date: { iso: '2022-08-31' },
    });
  });

  it('reads a named sheet with --sheet', async () => {
    const { code, stdout } = await run('check', SAMPLE, '--sheet', 'Phụ lục 1');
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toBe('Trang "Phụ lục 1": phụ lục nhiệm vụ');
  });

  it('exits 1 when there are error findings', async () => {
    const path = await writeWorkbook('loi.xlsx', [
      ['(Kèm theo Kế hoạch số 9/KH-UBND ngày 31/02/2024 của UBND tỉnh)'],
      HEADER,
      ['1', 'Việc', 'Sở Nội vụ', 'Quý I', 'Kế hoạch 1/KH-UBND ngày 02/01/2024', 'Ngân sách tỉnh'],
    ]);
    const { code, stdout } = await run('check', path);
    expect(code).toBe(1);
    expect(stdout).toMatch(/\[lỗi\] [^\n]*ngày kế hoạch[^\n]* \(1\)/iu);
    expect(stdout).toContain('Ngày của kế hoạch không có thật: "31/02/2024"');
  });

  it.each([
    [['check', join(dir, 'khong-co.xlsx')], 'Không tìm thấy tệp'],
    [
      ['check', SAMPLE, '--sheet', 'Phụ lục 9'],
      'Không có trang "Phụ lục 9". Các trang trong tệp: Phụ lục 1, Phụ lục 2.',
    ],
  ])('exits 2 with a one-line reason for %j', async (argv, reason) => {
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(reason);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reads the delegations table of "Phụ lục 2": each delegation and the totals, in the JSON report', async () => {
    const { code, stdout, stderr } = await run('check', SAMPLE, '--sheet', 'Phụ lục 2', '--json');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const report = CheckReportSchema.parse(JSON.parse(stdout));
    expect(report.kind).toBe('delegations');
    expect(report.delegations?.rows).toHaveLength(15);
    expect(report.delegations?.summary).toMatchObject({
      delegations: 15,
      totalAmount: 28_709_465_000,
      tables: [
        { table: 1, heading: '1. Các đoàn do lãnh đạo tỉnh làm Trưởng đoàn:', delegations: 11 },
        { table: 2, headingRow: 21, delegations: 4 },
      ],
    });
    // The one warning: "Sở Thông tin truyền thông", its "và" left out.
    expect(report.findings.filter((f) => f.severity !== 'info').map((f) => [f.cell, f.code])).toEqual([
      ['I18', 'agency-typo'],
    ]);
  });

  it('names the kind of the sheet and prints the totals a delegations table adds up to', async () => {
    const { code, stdout } = await run('check', SAMPLE, '--sheet', 'Phụ lục 2');
    expect(code).toBe(0);
    expect(stdout).toContain('Trang "Phụ lục 2": danh sách đoàn ra');
    expect(stdout).toContain('Cột: TT=A, Nơi đến=B, Thời gian=C, Lĩnh vực=D, Mục đích=E,');
    expect(stdout).toContain('Đọc được: 15 đoàn trong 2 bảng, 2 nhóm.');
    expect(stdout).toContain('kinh phí ghi bằng số: 28.709.465.000 đồng (9 đoàn)');
    expect(stdout).toContain('Theo quý: Quý I: 2 đoàn, 17 người · Quý II: 6 đoàn, 80 người');
    expect(stdout).toContain('Bộ Chỉ huy Quân sự tỉnh: 1 đoàn ·');
    expect(stdout).toMatch(
      /\[thông tin\] Số người không hợp lệ \(1\)\n\s+G23\s+Số người "theo quy định của Bộ Quốc phòng"/,
    );
  });

  it('extends the agency registry from the workbook sheet "Danh mục cơ quan" and reports its bad rows', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook
      .addWorksheet('Phụ lục')
      .addRows([
        ['(Kèm theo Kế hoạch số 9/KH-UBND ngày 01/08/2025 của UBND tỉnh)'],
        HEADER,
        [
          '1',
          'Việc một',
          'Trung tâm Dịch vụ Đối ngoại',
          'Quý III',
          'Kế hoạch 1/KH-UBND ngày 02/01/2025',
          'Ngân sách tỉnh',
        ],
        ['2', 'Việc hai', 'Sở Ngoại vụ', 'Quý III', 'Kế hoạch 1/KH-UBND ngày 02/01/2025', 'Ngân sách tỉnh'],
      ]);
    workbook.addWorksheet('Danh mục cơ quan').addRows([
      ['Tên chuẩn', 'Tên khác / viết tắt', 'Hiệu lực từ', 'Hiệu lực đến', 'Thay thế bởi'],
      ['Trung tâm Dịch vụ Đối ngoại', 'TT DVĐN', null, null, null],
      ['Sở Ngoại vụ', 'SNgV', null, null, null],
      ['Phòng Cũ', null, '31/02/2024', null, null],
    ]);
    const path = join(dir, 'danh-muc.xlsx');
    await workbook.xlsx.writeFile(path);
    const report = CheckReportSchema.parse(
      JSON.parse((await run('check', path, '--json', '--sheet', 'Phụ lục')).stdout),
    );
    const codes = report.findings.map((f) => f.code);
    expect(codes).not.toContain('unknown-agency');
    // The province kept its Sở Ngoại vụ: the row without an end date overrides the default merger.
    expect(codes).not.toContain('outdated-agency-name');
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        code: 'registry-invalid-date',
        sheet: 'Danh mục cơ quan',
        cell: 'C4',
        message: expect.stringContaining('Danh mục cơ quan'),
      }),
    );
    expect(report.tasks[0]?.leadAgencies[0]?.name).toBe('Trung tâm Dịch vụ Đối ngoại');
    const human = (await run('check', path, '--sheet', 'Phụ lục')).stdout;
    expect(human).toMatch(/Danh mục cơ quan!C4\s+Trang "Danh mục cơ quan"/);
  });

  it('applies the settings the add-in saved in the workbook, and --plan-date over their date', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook
      .addWorksheet('Phụ lục')
      .addRows([
        ['(Kèm theo Kế hoạch số 9/KH-UBND ngày 15/02/2024 của UBND tỉnh)'],
        HEADER,
        ['1', 'Việc một', 'Sở Kế hoạch và Đầu tư', 'Quý III', 'Kế hoạch 1/KH-UBND ngày 02/01/2024', null],
      ]);
    const settings = workbook.addWorksheet('Cài đặt kiểm tra', { state: 'hidden' });
    settings.addRows([
      ['CÀI ĐẶT KIỂM TRA'],
      ['Mục', 'Giá trị', 'Ghi chú'],
      ['Ngày kế hoạch', '01/08/2025'],
      ['missing-funding', 'tắt'],
      ['vague-agency', 'sai'],
    ]);
    const path = join(dir, 'cai-dat.xlsx');
    await workbook.xlsx.writeFile(path);

    const saved = CheckReportSchema.parse(
      JSON.parse((await run('check', path, '--json', '--sheet', 'Phụ lục')).stdout),
    );
    expect(saved.checkedAsOf).toBe('2025-08-01');
    expect(saved.findings.map((f) => f.code)).not.toContain('missing-funding');
    expect(saved.findings.map((f) => f.code)).toContain('outdated-agency-name');
    expect(saved.findings).toContainEqual(
      expect.objectContaining({ code: 'invalid-setting', sheet: 'Cài đặt kiểm tra', cell: 'B5' }),
    );

    const overridden = JSON.parse(
      (await run('check', path, '--json', '--sheet', 'Phụ lục', '--plan-date', '2024-03-01')).stdout,
    );
    expect(overridden.checkedAsOf).toBe('2024-03-01');
    expect(overridden.findings.map((f: { code: string }) => f.code)).not.toContain('missing-funding');
  });

  it('exits 2 for a text file renamed .xlsx', async () => {
    const path = join(dir, 'gia.xlsx');
    writeFileSync(path, 'TT;Nhiệm vụ\n1;Việc\n');
    const { code, stderr } = await run('check', path);
    expect(code).toBe(2);
    expect(stderr).toBe('Tệp "gia.xlsx" không phải tệp Excel .xlsx đọc được.\n');
  });

  it('takes the plan’s province and period from --province and --period, and rejects what it cannot read', async () => {
    const { stdout } = await run('check', SAMPLE, '--province', 'Trung ương', '--period', '2024-2025');
    expect(stdout).toContain('(2024–2025) · cấp trung ương');
    const hanoi = await run('check', SAMPLE, '--province', 'Hà Nội');
    expect(hanoi.stdout).toContain('· địa phương: thành phố Hà Nội');
    const bad = await run('check', SAMPLE, '--province', 'Xứ Đoài');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('cần tên một tỉnh/thành phố');
    const backwards = await run('check', SAMPLE, '--period', '2030-2026');
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toContain('cần năm hoặc khoảng năm');
  });

  it('checks as of another date with --plan-date, and rejects a date that does not exist', async () => {
    const { stdout } = await run('check', SAMPLE, '--json', '--plan-date', '2022-01-01');
    const report = CheckReportSchema.parse(JSON.parse(stdout));
    expect(report.checkedAsOf).toBe('2022-01-01');
    expect(report.findings.filter((f) => f.code === 'invalid-citation-date').length).toBeGreaterThan(0);
    const bad = await run('check', SAMPLE, '--plan-date', '2025-02-30');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('cần một ngày có thật');
  });

  it('exits 2 on bad arguments', async () => {
    expect((await run('check')).code).toBe(2);
    expect((await run('check', SAMPLE, '--lang', 'fr')).code).toBe(2);
  });

  it('never writes to the input file', async () => {
    const before = {
      hash: createHash('sha256').update(readFileSync(SAMPLE)).digest('hex'),
      mtime: statSync(SAMPLE).mtimeMs,
    };
    await run('check', SAMPLE, '--json');
    await run('check', SAMPLE);
    expect(createHash('sha256').update(readFileSync(SAMPLE)).digest('hex')).toBe(before.hash);
    expect(statSync(SAMPLE).mtimeMs).toBe(before.mtime);
  });

  it('has Vietnamese and English wording for every finding code', async () => {
    const { formatFinding, RULES } = await import('../../src/domain');
    for (const rule of RULES) expect(FINDING_CODES).toContain(rule.meta.code);
    const codes = RULES.map((rule) => rule.meta.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of FINDING_CODES) {
      expect(formatFinding({ code, data: {} }, 'vi')).not.toBe('');
      expect(formatFinding({ code, data: {} }, 'en')).not.toBe('');
    }
  });
});

describe('task-matrix on an internal error', () => {
  it('prints one line asking to report it and exits 3, never 1 and never a stack trace', async () => {
    let stderr = '';
    const io: CliIo = {
      stdout: () => undefined,
      stderr: (text) => void (stderr += text),
      readFile: () => Promise.reject(new TypeError('boom\n    at somewhere (file.js:1:1)')),
    };
    expect(await main(['check', 'a.xlsx'], io)).toBe(3);
    expect(stderr).toBe(
      'Lỗi nội bộ của công cụ (TypeError: boom). Đây là lỗi phần mềm, không phải lỗi của tệp: hãy báo cho nhóm phát triển, kèm lệnh đã chạy và tệp nếu được.\n',
    );
    stderr = '';
    expect(await main(['check', 'a.xlsx', '--lang', 'en'], io)).toBe(3);
    expect(stderr).toMatch(/^Internal error in the tool \(TypeError: boom\)\. This is a bug/);
  });
});

describe('task-matrix --help', () => {
  it('speaks Vietnamese, the help’s own words included, for the tool and each command', async () => {
    for (const argv of [['--help'], ['check', '--help'], ['split', '--help'], ['help', 'fix']]) {
      const { code, stdout } = await run(...argv);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Cách dùng: task-matrix/u);
      expect(stdout).toContain('Tùy chọn:');
      expect(stdout).toContain('hiện hướng dẫn này');
      expect(stdout).not.toMatch(/Usage:|Options:|Commands:|Arguments:|display help|\[options\]/u);
    }
    expect((await run('--help')).stdout).toContain('Lệnh:');
  });

  it('is English with --lang en, every command’s description and option included', async () => {
    const { stdout } = await run('check', '--help', '--lang', 'en');
    expect(stdout).toMatch(/^Usage: task-matrix check \[options\] <file>/u);
    expect(stdout).toContain('display this help');
    expect(stdout).toContain('Read the task appendix of an .xlsx file and report (never writes to the file)');
    for (const command of ['', 'check', 'split', 'import', 'compare', 'new', 'fix']) {
      const help = (await run(...(command ? [command] : []), '--help', '--lang', 'en')).stdout;
      // Vietnamese is left only in the product's name, quoted examples and value placeholders.
      const rest = help
        .replace(/Ma trận nhiệm vụ/gu, '')
        .replace(/"[^"]*"/gu, '')
        .replace(/<[^>]*>/gu, '');
      expect({ command, vietnamese: rest.match(/[À-ỹĐđ]/gu) ?? [] }).toEqual({ command, vietnamese: [] });
    }
  });
});

describe('task-matrix argument errors', () => {
  it('are said in Vietnamese, exit 2', async () => {
    const cases: Array<[string[], string]> = [
      [['check'], 'Lỗi: thiếu tham số bắt buộc "file".\n'],
      [['check', 'a.xlsx', '--jsn'], 'Lỗi: không có tùy chọn "--jsn".\n(Có phải ý bạn là --json?)\n'],
      [['bogus'], 'Lỗi: không có lệnh "bogus".\n'],
      [['check', 'a.xlsx', 'b.xlsx'], 'Lỗi: lệnh "check" nhận 1 tham số, nhưng được đưa 2.\n'],
      [
        ['check', 'a.xlsx', '--lang', 'fr'],
        'Lỗi: tùy chọn "--lang <lang>" không nhận "fr"; chọn một trong: vi, en.\n',
      ],
      [['check', 'a.xlsx', '--sheet'], 'Lỗi: tùy chọn "--sheet <name>" thiếu giá trị.\n'],
    ];
    for (const [argv, said] of cases) expect(await run(...argv)).toMatchObject({ code: 2, stderr: said });
  });

  it('keep commander’s English with --lang en', async () => {
    expect((await run('check', '--lang', 'en')).stderr).toBe("error: missing required argument 'file'\n");
  });
});
