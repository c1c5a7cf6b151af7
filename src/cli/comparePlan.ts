import { basename } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import type { Appendix, Lang, MatrixComparison, PlanImport } from '../domain';
import {
  compareMatrix,
  findProvinceIn,
  formatError,
  comparisonReport,
  importPlanText,
  parseAppendix,
  UnusableWorkbookError,
} from '../domain';
import { loadWorkbook, readAppendix } from '../xlsx';
import { COMPARE_STRINGS } from './compareStrings';
import { IMPORT_STRINGS } from './importStrings';
import { readBytes } from './input';
import type { CommandIo } from './newFile';
import { refuse } from './newFile';
import type { PlanDocument } from './planDocument';
import { planDocument } from './planDocument';

interface CompareOptions {
  sheet?: string;
  lang: Lang;
}

/**
 * Registers `compare PLAN [APPENDIX.xlsx]`; `done` receives the exit code (0 the two agree, 1 they differ,
 * 2 a file cannot be used or there is no appendix to compare with).
 */
export function addCompareCommand(
  program: Command,
  io: Omit<CommandIo, 'writeFile'>,
  done: (code: number) => void,
): void {
  program
    .command('compare')
    .description('So sánh nhiệm vụ trong văn bản kế hoạch với phụ lục nhiệm vụ (không ghi vào tệp nào)')
    .argument('<plan>', 'văn bản kế hoạch: .docx hoặc .txt')
    .argument('[appendix]', 'tệp .xlsx của phụ lục (mặc định: bảng phụ lục trong tệp .docx)')
    .option('--sheet <name>', 'trang tính của phụ lục (mặc định: trang giống phụ lục nhiệm vụ nhất)')
    .addOption(new Option('--lang <lang>', 'ngôn ngữ / language').choices(['vi', 'en']).default('vi'))
    .action(async (plan: string, appendix: string | undefined, options: CompareOptions) =>
      done(await compare(plan, appendix, options, io)),
    );
}

async function compare(
  planFile: string,
  appendixFile: string | undefined,
  options: CompareOptions,
  io: Omit<CommandIo, 'writeFile'>,
): Promise<number> {
  const t = COMPARE_STRINGS[options.lang];
  try {
    const document = await planDocument(await readBytes(planFile, io.readFile));
    if (document === undefined) return refuse(io, IMPORT_STRINGS[options.lang].notText(planFile));
    const imported = importPlanText(document.text);
    const appendix = appendixFile
      ? readAppendix(
          await loadWorkbook(await readBytes(appendixFile, io.readFile), basename(appendixFile)),
          options.sheet,
        ).appendix
      : tableAppendix(document);
    if (!appendix) return refuse(io, t.noAppendix);
    const tasks = imported.rows.flatMap((row) => (row.kind === 'task' ? [row.task] : []));
    const comparison = compareMatrix(tasks, appendix.tasks, {
      province: findProvinceIn(imported.header.issuer ?? '')?.id ?? appendix.plan.province ?? null,
      year: appendix.plan.year ?? (imported.header.date ? Number(imported.header.date.slice(0, 4)) : null),
    });
    const file = basename(appendixFile ?? planFile);
    io.stdout(`${t.header(basename(planFile), tasks.length, appendix.sheet, file, appendix.tasks.length)}\n`);
    io.stdout(
      report(
        comparison,
        imported,
        { unit: document.unit, column: appendix.columns.task ?? '' },
        options.lang,
      ),
    );
    const agree = comparison.planOnly.length + comparison.appendixOnly.length === 0;
    return agree && comparison.pairs.every((p) => p.differences.length === 0) ? 0 : 1;
  } catch (error) {
    if (!(error instanceof UnusableWorkbookError)) throw error;
    return refuse(io, formatError(error, options.lang));
  }
}

/** The first task table of a .docx, read as a sheet is. */
function tableAppendix(document: PlanDocument): Appendix | undefined {
  const table = document.tables.find((candidate) => candidate.kind === 'tasks');
  return table ? parseAppendix(table.grid) : undefined;
}

function report(
  comparison: MatrixComparison,
  imported: PlanImport,
  where: { unit: 'line' | 'paragraph'; column: string },
  lang: Lang,
): string {
  const { summary, sections } = comparisonReport(comparison, imported.findings, where, lang);
  const lines = [summary];
  for (const section of sections) {
    lines.push('', section.heading);
    for (const line of section.lines) lines.push(`  ${line}`);
  }
  return `${lines.join('\n')}\n`;
}
