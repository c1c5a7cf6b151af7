/**
 * `npm run bench`: median time of the core (Grid → Appendix) on 10,000- and 20,000-task sheets made by
 * repeating the fixture's table rows (sections, groups, merges, the continuation and the blank row
 * included). Targets (issue 2): ≤ 50 ms for 10,000 tasks on the 2-core reference machine; 20,000 ≤ 2.2×.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CellArea, CellGrid } from '../src/domain';
import { parseAppendix } from '../src/domain';
import { loadWorkbook, worksheetToGrid } from '../src/xlsx';

const FIXTURE = join(__dirname, '..', '..', 'test', 'fixtures', 'ke-hoach-58-2024-phu-luc.xlsx');
const HEADER_ROW = 5;
const RUNS = 21;

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

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function measure(grid: CellGrid): { ms: number; tasks: number; rows: number } {
  let tasks = 0;
  for (let i = 0; i < 3; i++) tasks = parseAppendix(grid).tasks.length; // warm-up
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    parseAppendix(grid);
    samples.push(performance.now() - start);
  }
  return { ms: median(samples), tasks, rows: grid.values.length };
}

async function run(): Promise<void> {
  const workbook = await loadWorkbook(readFileSync(FIXTURE), FIXTURE);
  const source = worksheetToGrid(
    workbook.getWorksheet('Phụ lục 1') as NonNullable<ReturnType<typeof workbook.getWorksheet>>,
  );
  const small = measure(scaledGrid(source, 10_000));
  const large = measure(scaledGrid(source, 20_000));
  const ratio = large.ms / small.ms;
  const line = (label: string, m: typeof small) =>
    `${label}: ${m.tasks} tasks, ${m.rows} rows — median ${m.ms.toFixed(1)} ms over ${RUNS} runs`;
  console.log(line('10k', small));
  console.log(line('20k', large));
  console.log(
    `20k/10k ratio: ${ratio.toFixed(2)} (target ≤ 2.2); 10k target ≤ 50 ms: ${small.ms <= 50 ? 'met' : 'NOT met'}`,
  );
}

void run();
