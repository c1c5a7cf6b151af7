/**
 * `npm run bench`: median times of the core on 10,000- and 20,000-task sheets made by repeating the
 * fixture's table rows (sections, groups, merges, the continuation and the blank row included).
 * Targets on the 2-core reference machine: reading (Grid → Appendix) ≤ 50 ms for 10,000 tasks and 20,000
 * ≤ 2.2× that; validating (Appendix → findings, default agency registry) ≤ 250 ms for 10,000, linear.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { medianOf, RUNS, timeOnce } from './measure';
import type { CellArea, CellGrid } from '../src/domain';
import {
  classifyFunding,
  DEFAULT_REGISTRY,
  parseAppendix,
  parseTimeframe,
  splitAgencies,
  validate,
} from '../src/domain';
import { loadWorkbook, worksheetToGrid } from '../src/xlsx';

const FIXTURE = join(__dirname, '..', '..', 'test', 'fixtures', 'ke-hoach-58-2024-phu-luc.xlsx');
const HEADER_ROW = 5;

/** The fixture's title and header, then its table rows repeated until the sheet holds `tasks` tasks. */
function scaledGrid(source: CellGrid, tasks: number): CellGrid {
  const head = source.values.length && HEADER_ROW - source.top + 1;
  const bodyValues = source.values.slice(head);
  const bodyTexts = source.texts.slice(head);
  const tasksPerBlock = parseAppendix(source).tasks.length;
  const blocks = Math.ceil(tasks / tasksPerBlock);
  const firstBodyRow = source.top + head;
  const bodyMerges = source.merges.filter((m) => m.top >= firstBodyRow);
  const grid: CellGrid = {
    ...source,
    values: source.values.slice(0, head),
    texts: source.texts.slice(0, head),
    merges: source.merges.filter((m) => m.top < firstBodyRow),
  };
  for (let b = 0; b < blocks; b++) {
    const offset = b * bodyValues.length;
    grid.values.push(...bodyValues);
    grid.texts.push(...bodyTexts);
    grid.merges.push(
      ...bodyMerges.map((m): CellArea => ({ ...m, top: m.top + offset, bottom: m.bottom + offset })),
    );
  }
  return grid;
}

function measure(grid: CellGrid): { ms: number; validateMs: number; tasks: number; rows: number } {
  const appendix = parseAppendix(grid);
  return {
    ms: medianOf(() => parseAppendix(grid)),
    validateMs: medianOf(() => validate(appendix)),
    tasks: appendix.tasks.length,
    rows: grid.values.length,
  };
}

/**
 * The worst case for the cell parsers: 10,000 distinct texts (real appendices repeat theirs, and repeats are
 * parsed once). Each text is a fixture cell with a unique suffix, so no cache helps.
 */
function worstCase(source: CellGrid): string {
  const column = (letter: string) =>
    source.texts.map((row) => row[letter.charCodeAt(0) - 65] ?? '').filter((text) => text.trim() !== '');
  const unique = (texts: string[]) =>
    Array.from({ length: 10_000 }, (_, i) => `${texts[i % texts.length]} ${i}`);
  const leads = unique(column('C'));
  const times = unique(column('D'));
  const funds = unique(column('F'));
  const registry = [...DEFAULT_REGISTRY];
  const once = (work: () => void) => timeOnce(work).toFixed(1);
  return [
    `agencies ${once(() => leads.forEach((t) => splitAgencies(t, registry)))} ms`,
    `time frames ${once(() => times.forEach((t) => parseTimeframe(t)))} ms`,
    `funding ${once(() => funds.forEach((t) => classifyFunding(t)))} ms`,
  ].join(', ');
}

async function run(): Promise<void> {
  const workbook = await loadWorkbook(readFileSync(FIXTURE), FIXTURE);
  const source = worksheetToGrid(
    workbook.getWorksheet('Phụ lục 1') as NonNullable<ReturnType<typeof workbook.getWorksheet>>,
  );
  const small = measure(scaledGrid(source, 10_000));
  const large = measure(scaledGrid(source, 20_000));
  const ratio = large.ms / small.ms;
  const validateRatio = large.validateMs / small.validateMs;
  const line = (label: string, m: typeof small) =>
    `${label}: ${m.tasks} tasks, ${m.rows} rows — read ${m.ms.toFixed(1)} ms, validate ${m.validateMs.toFixed(1)} ms (medians of ${RUNS} runs)`;
  console.log(line('10k', small));
  console.log(line('20k', large));
  console.log(
    `read: 20k/10k ${ratio.toFixed(2)} (≤ 2.2); 10k ≤ 50 ms: ${small.ms <= 50 ? 'met' : 'NOT met'}`,
  );
  console.log(`10,000 distinct cells, first pass (cold caches): ${worstCase(source)}`);
  console.log(
    `validate: 20k/10k ${validateRatio.toFixed(2)} (linear ≈ 2); 10k ≤ 250 ms: ${small.validateMs <= 250 ? 'met' : 'NOT met'}`,
  );
}

void run();
