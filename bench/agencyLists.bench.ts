/**
 * `node --expose-gc build/bench/agencyLists.bench.js`: median times of the per-agency lists on a synthetic
 * appendix of 5,000 tasks led by 60 agencies of the default registry (one to three leads per cell, written
 * with their canonical names, short forms or aliases, so variants are gathered too).
 * Target on the 2-core reference machine: building the lists (Appendix → AgencyLists) ≤ 100 ms.
 */
import { medianOf, RUNS, timeOnce } from './measure';
import type { Appendix, Section, Task } from '../src/domain';
import { agencyFiles, agencyIndex, buildAgencyLists, DEFAULT_REGISTRY, validate } from '../src/domain';

const TASKS = 5_000;
const AGENCIES = 60;
const SECTIONS = 40;
const TIMES = ['Quý I', 'Quý II/2024', 'Tháng 6/2024', 'Thường xuyên', 'trong năm 2024', '6 tháng cuối năm'];

// A fixed linear congruential sequence: the same appendix on every run, no Math.random.
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function syntheticAppendix(distinctCells: boolean): Appendix {
  const next = sequence(58);
  const agencies = DEFAULT_REGISTRY.filter((entry) => !entry.vague).slice(0, AGENCIES);
  const spelling = (index: number) => {
    const entry = agencies[index % agencies.length] ?? agencies[0];
    const forms = [entry?.name ?? '', entry?.shortName ?? '', ...(entry?.aliases ?? [])];
    return forms[Math.floor(next() * forms.length)] ?? '';
  };
  const sections: Section[] = Array.from({ length: SECTIONS }, (_, i) => ({
    row: 6 + i * (TASKS / SECTIONS + 1),
    kind: 'section',
    tt: String(i + 1),
    title: `Mục ${i + 1}`,
    path: [String(i + 1)],
    parentRow: null,
  }));
  const tasks: Task[] = Array.from({ length: TASKS }, (_, i) => {
    const section = sections[Math.floor(i / (TASKS / SECTIONS))] as Section;
    const row = section.row + 1 + (i % (TASKS / SECTIONS));
    const leads = Array.from({ length: 1 + Math.floor(next() * 3) }, () =>
      spelling(Math.floor(next() * AGENCIES)),
    );
    const lead = leads.join(next() < 0.5 ? ', ' : '; ') + (distinctCells ? ` (${i})` : '');
    return {
      rows: [row, row],
      tt: String(i + 1),
      path: [section.tt, String(i + 1)],
      parentRow: section.row,
      task: `Nhiệm vụ ${i + 1}`,
      lead,
      time: TIMES[i % TIMES.length] as string,
      basis: i % 17 === 0 ? '' : 'Kế hoạch 217/KH-UBND ngày 31/12/2021',
      funding: 'Ngân sách tỉnh',
      extra: {},
      mergedFrom: {},
      continuationRows: [],
    };
  });
  return {
    sheet: 'Phụ lục 1',
    kind: 'tasks',
    headerRow: 5,
    columns: { tt: 'A', task: 'B', lead: 'C', time: 'D', basis: 'E', funding: 'F' },
    extraColumns: [],
    plan: {
      appendixName: null,
      title: null,
      reference: null,
      documentType: 'Kế hoạch',
      number: '58/KH-UBND',
      date: '2024-03-11',
      dateText: null,
      issuer: null,
      year: 2024,
    },
    sections,
    tasks,
    notes: [],
    rowKinds: [],
    findings: [],
  };
}

/** One run on a registry array never used before, so the lookup index and the split caches start empty. */
function coldOnce(appendix: Appendix): number {
  const registry = [...DEFAULT_REGISTRY];
  return timeOnce(() => buildAgencyLists(appendix, { registry, planDate: appendix.plan.date }));
}

function run(): void {
  const appendix = syntheticAppendix(false);
  const distinct = syntheticAppendix(true);
  const registry = [...DEFAULT_REGISTRY];
  const options = { registry, planDate: appendix.plan.date };
  const lists = buildAgencyLists(appendix, options);
  const { analyses } = validate(appendix, undefined, { registry });
  const build = medianOf(() => buildAgencyLists(appendix, options));
  const cold = coldOnce(appendix);
  const coldDistinct = coldOnce(distinct);
  const reuse = medianOf(() => buildAgencyLists(appendix, { ...options, analyses }));
  const everything = medianOf(() => agencyFiles(buildAgencyLists(appendix, options)));
  const shared = agencyIndex(lists).sharedTasks;
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(
    `${TASKS} tasks, ${lists.lists.length} lists (${shared} tasks with several leads), medians of ${RUNS} runs:`,
  );
  console.log(`  build lists: ${fmt(build)} (≤ 100 ms: ${build <= 100 ? 'met' : 'NOT met'})`);
  console.log(`  build lists from validate()'s analyses: ${fmt(reuse)}`);
  console.log(`  lists + index + every sheet spec: ${fmt(everything)}`);
  console.log(
    `  first build on a fresh registry: ${fmt(cold)}; with ${TASKS} distinct lead cells: ${fmt(coldDistinct)}`,
  );
}

run();
