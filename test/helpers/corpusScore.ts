import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Appendix, Finding } from '../../src/domain';
import {
  DEFAULT_REGISTRY,
  leadingMentions,
  mentionName,
  parseAppendix,
  splitAgencies,
  validate,
} from '../../src/domain';
import { fixtureGrids } from './grid';

export const REAL = join(__dirname, '..', 'fixtures', 'real');

/** The hand-made answer key of a real appendix (see test/fixtures/real/SOURCES*.md). */
export interface AnswerKey {
  sheet: string;
  headerRows: number[];
  columns: Record<string, string>;
  taskRows: number[];
  headingRows: number[];
  leads: Record<string, string[]>;
  problems: Array<{ cell: string; topic: string; note: string }>;
}

export interface CorpusScore {
  slug: string;
  appendix: Appendix;
  findings: Finding[];
  /** Errors and warnings: what an officer is asked to act on. */
  flagged: Finding[];
  truePositives: Finding[];
  falsePositives: Finding[];
  foundProblems: AnswerKey['problems'];
  missedProblems: AnswerKey['problems'];
  missingTaskRows: number[];
  extraTaskRows: number[];
  wrongColumns: string[];
  wrongLeads: Array<{ row: number; expected: string[]; actual: string[] }>;
}

/**
 * The slugs with an answer key. Held-out keys (`*.key.pending.json`) are left out unless asked for
 * (`CORPUS_PENDING=1` with `CORPUS_REPORT=1` prints their scores without holding them to the floors).
 */
export function corpusSlugs(withPending = false): string[] {
  const key = withPending ? /\.key(\.pending)?\.json$/u : /\.key\.json$/u;
  return readdirSync(REAL)
    .filter((name) => key.test(name))
    .map((name) => name.replace(key, ''))
    .sort();
}

export function readKey(slug: string): AnswerKey {
  const active = join(REAL, `${slug}.key.json`);
  const file = existsSync(active) ? active : join(REAL, `${slug}.key.pending.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as AnswerKey;
}

const rowOf = (cell: string) => Number(/\d+$/u.exec(cell)?.[0]);

/**
 * Scores the check of one real appendix against its answer key: a flagged finding is true when the key
 * lists a problem in its cell (or, for a finding on a whole row, in its row).
 */
export async function scoreSlug(slug: string): Promise<CorpusScore> {
  const key = readKey(slug);
  const grids = await fixtureGrids(join(REAL, `${slug}.xlsx`));
  const grid = grids.find((g) => g.sheetName === key.sheet);
  if (!grid) throw new Error(`${slug}: no sheet ${key.sheet}`);
  const appendix = parseAppendix(grid);
  const { findings } = validate(appendix);
  const flagged = findings.filter((f) => f.severity !== 'info');
  const problemCells = new Set(key.problems.map((p) => p.cell));
  const problemRows = new Set(key.problems.map((p) => rowOf(p.cell)));
  const hits = (f: Finding) => (f.cell ? problemCells.has(f.cell) : problemRows.has(f.rowNumber));
  const flaggedCells = new Set(flagged.flatMap((f) => (f.cell ? [f.cell] : [])));
  const found = key.problems.filter((p) => flaggedCells.has(p.cell));
  const taskRows = new Set(appendix.tasks.map((t) => t.rows[0]));
  const keyRows = new Set(key.taskRows);
  const wrongColumns = Object.entries(key.columns)
    .filter(([field, letter]) => (appendix.columns as Record<string, string>)[field] !== letter)
    .map(
      ([field, letter]) => `${field}=${letter}→${(appendix.columns as Record<string, string>)[field] ?? '-'}`,
    );
  const wrongLeads = appendix.tasks.flatMap((task) => {
    const expected = key.leads[String(task.rows[0])];
    if (!expected) return [];
    // The keys list who leads: a body named as supporting ("phối hợp với Bộ Nội vụ") is not one.
    const actual = leadingMentions(
      splitAgencies(task.lead, DEFAULT_REGISTRY, { province: appendix.plan.province ?? null }),
    ).map((m) => withoutScope(mentionName(m)));
    // A bracket or an "đối với …" after a name qualifies it ("Bộ Tư pháp (đối với …)"); some keys keep it,
    // some do not.
    return sameList(actual, expected.map(withoutScope)) ? [] : [{ row: task.rows[0], expected, actual }];
  });
  return {
    slug,
    appendix,
    findings,
    flagged,
    truePositives: flagged.filter(hits),
    falsePositives: flagged.filter((f) => !hits(f)),
    foundProblems: found,
    missedProblems: key.problems.filter((p) => !flaggedCells.has(p.cell)),
    missingTaskRows: key.taskRows.filter((row) => !taskRows.has(row)),
    extraTaskRows: [...taskRows].filter((row) => !keyRows.has(row)),
    wrongColumns,
    wrongLeads,
  };
}

function withoutScope(name: string): string {
  // "các Bộ, ngành đối với lĩnh vực …" (232/QĐ-TTg 2025) names the same bodies as "các Bộ, ngành".
  return name
    .replace(/\s*\([^)]*\)\s*$/u, '')
    .replace(/\s+(?:đối với|theo chức năng)\s[\s\S]*$/u, '')
    .trim();
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
  return a.length === b.length && a.every((x, i) => norm(x) === norm(b[i] as string));
}
