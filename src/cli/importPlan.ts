import { basename } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import type { Lang, PlanImport, PlanTextFinding } from '../domain';
import {
  DEFAULT_SETTINGS,
  formatError,
  formatPlanTextFinding,
  importPlanText,
  planMatrixSheet,
  planTextLines,
  UnusableWorkbookError,
  validate,
} from '../domain';
import { importedWorkbook, loadWorkbook, readAppendix, workbookBytes } from '../xlsx';
import { buildReport } from './buildReport';
import { formatHuman } from './formatHuman';
import { IMPORT_STRINGS } from './importStrings';
import { readBytes } from './input';
import type { CommandIo } from './newFile';
import { outProblem, refuse } from './newFile';
import { planDocument } from './planDocument';

interface ImportOptions {
  out: string;
  lang: Lang;
}

/**
 * Registers `import PLAN.txt --out MATRIX.xlsx`; `done` receives the exit code (0 written, 2 nothing
 * written: the text holds no task, the file cannot be read, or --out is already a file).
 */
export function addImportCommand(program: Command, io: CommandIo, done: (code: number) => void): void {
  program
    .command('import')
    .description('Lập phụ lục nhiệm vụ (.xlsx) từ văn bản kế hoạch (.txt, .docx) rồi kiểm tra phụ lục đó')
    .argument('<plan>', 'văn bản kế hoạch: .txt (UTF-8) hoặc .docx')
    .requiredOption('--out <file>', 'tệp .xlsx sẽ ghi (không ghi đè tệp đã có)')
    .addOption(new Option('--lang <lang>', 'ngôn ngữ / language').choices(['vi', 'en']).default('vi'))
    .action(async (file: string, options: ImportOptions) => done(await importPlan(file, options, io)));
}

async function importPlan(file: string, options: ImportOptions, io: CommandIo): Promise<number> {
  const t = IMPORT_STRINGS[options.lang];
  try {
    const problem = await outProblem(options.out, io, options.lang);
    if (problem) return refuse(io, problem);
    const document = await planDocument(await readBytes(file, io.readFile));
    if (document === undefined) return refuse(io, t.notText(file));
    const imported = importPlanText(document.text);
    if (imported.taskCount === 0 && document.tables.length === 0) {
      const none = imported.findings.find((f) => f.code === 'no-tasks');
      return refuse(io, none ? formatPlanTextFinding(none, document.unit, options.lang) : t.noTasks);
    }
    const matrix =
      imported.taskCount > 0
        ? planMatrixSheet(imported, { name: basename(file), unit: document.unit })
        : undefined;
    const bytes = await workbookBytes(importedWorkbook(matrix, document.tables));
    await io.writeFile(options.out, bytes);
    io.stdout(`${t.written(options.out)}\n`);
    if (matrix) io.stdout(`${t.fromText(matrix.name, imported.taskCount, sections(imported))}\n`);
    for (const table of document.tables) io.stdout(`${t.fromTable(table.grid.sheetName, table.kind)}\n`);
    if (matrix) io.stdout(textReport(imported.findings, document.unit, options.lang));
    // Each sheet is checked as any appendix is: what the check says is what the officer will see.
    const workbook = await loadWorkbook(bytes, basename(options.out));
    for (const sheet of [
      ...(matrix ? [matrix.name] : []),
      ...document.tables.map((table) => table.grid.sheetName),
    ]) {
      const read = readAppendix(workbook, sheet);
      const validation = validate(read.appendix, DEFAULT_SETTINGS, {});
      io.stdout(`\n${t.checked(sheet)}\n`);
      io.stdout(formatHuman(buildReport(options.out, read, validation, options.lang), options.lang));
    }
    return 0;
  } catch (error) {
    if (!(error instanceof UnusableWorkbookError)) throw error;
    return refuse(io, formatError(error, options.lang));
  }
}

function sections(imported: PlanImport): number {
  return imported.rows.filter((row) => row.kind === 'section').length;
}

/** The text's findings under their heading, or the line saying there are none. */
function textReport(findings: readonly PlanTextFinding[], unit: 'line' | 'paragraph', lang: Lang): string {
  const t = IMPORT_STRINGS[lang];
  const lines = planTextLines(findings, unit, lang).map((line) => `  ${line}`);
  return lines.length > 0 ? `${t.aboutText}\n${lines.join('\n')}\n` : `${t.textClean}\n`;
}
