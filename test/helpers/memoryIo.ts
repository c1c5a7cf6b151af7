import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { CliIo } from '../../src/cli/main';
import { main } from '../../src/cli/main';

/**
 * The command line over a folder in memory: everything under `out/` lives in `files`, anything else is
 * read from disk (the fixtures). `run` returns the exit code and what was printed.
 */
export function memoryIo() {
  const files = new Map<string, Uint8Array>();
  const folders: string[] = [];
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    readFile: async (path) => {
      const bytes = files.get(path);
      if (bytes) return bytes;
      if (path.startsWith('out/')) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return readFile(path);
    },
    writeFile: async (path, bytes) => void files.set(path, bytes),
    mkdir: async (path) => void folders.push(path),
    readdir: async (path) =>
      [...files.keys()]
        .filter((name) => name.startsWith(`${path}/`))
        .map((name) => name.slice(path.length + 1)),
    remove: async (path) => void files.delete(path),
  };
  const run = async (...argv: string[]) => {
    out.stdout = '';
    out.stderr = '';
    const code = await main(argv, io);
    return { code, ...out };
  };
  return { files, folders, run };
}

/** The first worksheet of .xlsx bytes a command wrote. */
export async function firstSheetOf(bytes: Uint8Array | undefined): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets[0] as ExcelJS.Worksheet;
}
