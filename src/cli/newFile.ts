import { extname } from 'node:path';
import type { Lang } from '../domain';
import { IMPORT_STRINGS } from './importStrings';

/** What the commands that read a plan and write a new workbook need from the machine (fakes in tests). */
export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
  writeFile: (path: string, bytes: Uint8Array) => Promise<void>;
}

/** Says why on stderr and gives the exit code of a command that wrote nothing. */
export function refuse(io: Pick<CommandIo, 'stderr'>, message: string): number {
  io.stderr(`${message}\n`);
  return 2;
}

/**
 * Why `--out` cannot take a new workbook, or undefined: it must name an .xlsx, and no file may be there
 * already (`import` and `new` never overwrite).
 */
export async function outProblem(
  out: string,
  io: Pick<CommandIo, 'readFile'>,
  lang: Lang,
): Promise<string | undefined> {
  const t = IMPORT_STRINGS[lang];
  if (extname(out).toLowerCase() !== '.xlsx') return t.outNotXlsx(out);
  const taken = await io.readFile(out).then(
    () => true,
    () => false,
  );
  return taken ? t.outExists(out) : undefined;
}
