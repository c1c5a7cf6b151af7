import type { Command } from 'commander';
import { Option } from 'commander';
import type { FixableCode, Lang } from '../domain';
import {
  FIXABLE_CODES,
  fixOutcomeLines,
  fixPreviewLines,
  formatError,
  isFixableCode,
  proposeFixes,
  renumberings,
  renumberLines,
  UnusableWorkbookError,
} from '../domain';
import { patchCells } from '../xlsx';
import { checkFile } from './checkFile';
import { FIX_STRINGS } from './fixStrings';
import { parseProvince } from './input';
import type { CommandIo } from './newFile';
import { outProblem, refuse } from './newFile';

interface FixOptions {
  out?: string;
  only?: string;
  dryRun?: boolean;
  renumber?: boolean;
  sheet?: string;
  province?: string;
  lang: Lang;
}

/**
 * Registers `fix FILE.xlsx --out FIXED.xlsx [--only CODE,…] [--dry-run]`: the safe fixes of the check,
 * written to a copy (never the file itself, never over another file); `done` receives the exit code (0
 * previewed or written, 2 the file, --out or --only unusable).
 */
export function addFixCommand(program: Command, io: CommandIo, done: (code: number) => void): void {
  program
    .command('fix')
    .description(
      'Sửa các lỗi sửa được tự động (tên cơ quan, ký hiệu văn bản, khoảng trắng, bảng mã) vào một bản sao',
    )
    .argument('<file>', 'tệp .xlsx (không bao giờ bị ghi)')
    .option('--out <file>', 'bản sao đã sửa (.xlsx, không ghi đè tệp đã có)')
    .option('--only <codes>', `chỉ sửa các mã này, cách nhau bởi dấu phẩy (${FIXABLE_CODES.join(', ')})`)
    .option('--dry-run', 'chỉ in danh sách ô sẽ sửa, không ghi tệp')
    .option('--renumber', 'đánh số lại các nhóm mục có số trùng, bỏ cách hoặc lùi (liên tục từ số đầu)')
    .option('--sheet <name>', 'tên trang tính (mặc định: trang giống phụ lục nhiệm vụ nhất)')
    .option('--province <tên>', 'tỉnh/thành phố của kế hoạch ("Đồng Nai"), hoặc "Trung ương"', parseProvince)
    .addOption(new Option('--lang <lang>', 'ngôn ngữ / language').choices(['vi', 'en']).default('vi'))
    .action(async (file: string, options: FixOptions) => done(await fix(file, options, io)));
}

async function fix(file: string, options: FixOptions, io: CommandIo): Promise<number> {
  const { lang } = options;
  const t = FIX_STRINGS[lang];
  const only = (options.only ?? FIXABLE_CODES.join(',')).split(',').map((code) => code.trim());
  const unknown = only.filter((code) => code !== '' && !isFixableCode(code));
  if (unknown.length > 0) return refuse(io, t.unknownCodes(unknown.join(', '), FIXABLE_CODES.join(', ')));
  if (!options.dryRun) {
    if (!options.out) return refuse(io, t.needOut);
    const problem = await outProblem(options.out, io, lang);
    if (problem) return refuse(io, problem);
  }
  try {
    const checked = await checkFile(file, options, io.readFile);
    const { grid, appendix } = checked.result;
    const fixes = proposeFixes(
      { grid, appendix, analyses: checked.validation.analyses, findings: checked.findings },
      only.filter(isFixableCode) as FixableCode[],
    );
    // Renumbering is a judgement (which number is the slip): only when asked for.
    const groups = options.renumber ? renumberings(appendix, grid, checked.findings) : [];
    const changes = [...fixes, ...groups.flatMap((group) => group.changes)];
    io.stdout(`${[...fixPreviewLines(fixes, lang), ...renumberLines(groups, lang)].join('\n')}\n`);
    if (options.dryRun || !options.out || changes.length === 0) {
      io.stdout(`${options.dryRun ? t.dryRun : t.nothingWritten}\n`);
      return 0;
    }
    const patched = await patchCells(checked.bytes, changes);
    await io.writeFile(options.out, patched.bytes);
    io.stdout(`${fixOutcomeLines(patched.written, patched.skipped, lang).join('\n')}\n`);
    io.stdout(`${t.written(options.out, file)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof UnusableWorkbookError)) throw error;
    io.stderr(`${formatError(error, lang)}\n`);
    return 2;
  }
}
