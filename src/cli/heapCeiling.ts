/**
 * The heap ceiling the launcher (bin/task-matrix.js) starts the command with, for the size of its largest
 * input file. V8 lets its heap grow far past what a command keeps alive: a 50,000-row check holds under
 * 200 MB yet reaches 550 MB without a ceiling, and 330 MB with one (docs/decisions.md D122). Small files —
 * every real appendix — need none: no second process is started for them.
 * @example heapCeilingMb(300_000) === undefined; heapCeilingMb(1_650_000, 'check') === 401
 */
export function heapCeilingMb(inputBytes: number, command = ''): number | undefined {
  if (inputBytes < CEILING_FROM_BYTES) return undefined;
  const { base, perMb } = CEILINGS[command] ?? DEFAULT_CEILING;
  return Math.min(MAX_MB, Math.round(base + perMb * (inputBytes / 1_048_576)));
}

const CEILING_FROM_BYTES = 1_048_576;
const MAX_MB = 4096;

/**
 * Measured on the sample's rows repeated (bench/cliScale.bench.ts): `check` keeps about 120 MB alive per MB
 * of .xlsx, `split` twice that (every agency's list is a workbook built in memory); the ceilings leave a
 * margin over it (50,000 rows: 1.6 MB; 100,000 rows run at 3.2 MB).
 */
const DEFAULT_CEILING = { base: 256, perMb: 92 };
const CEILINGS: Readonly<Record<string, { base: number; perMb: number }>> = {
  split: { base: 200, perMb: 152 },
};

/** The V8 option that sets it, and how a child knows it runs under one (no third process). */
export const HEAP_OPTION = '--max-old-space-size';
export const HEAP_SET_ENV = 'TASK_MATRIX_HEAP_SET';
