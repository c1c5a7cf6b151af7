import { parseCitations } from '../legal';
import type { LabelledPart, OutlineNode, PlanOutline } from './planOutline';
import type { PartLabel } from './partLabels';
import { splitPerformers } from './splitPerformers';

/** A task of the plan, each column as the text gives it ('' where it gives nothing). */
export interface PlanTask {
  /** The task's number as written in the plan ("1.1.15", "a"). */
  tt: string;
  task: string;
  lead: string;
  partners: string;
  time: string;
  /** The documents the task's text cites, one per line: the Căn cứ candidates. */
  basis: string;
  funding: string;
  product: string;
  /** The source lines the task was read from (1-based, inclusive). */
  line: number;
  endLine: number;
  /** The parts an appendix needs that the text does not give. */
  missing: Array<'lead' | 'time'>;
}

export type PlanRow =
  | { kind: 'section'; tt: string; title: string; line: number; endLine: number }
  | { kind: 'task'; task: PlanTask };

const TASK_PARTS: ReadonlySet<PartLabel> = new Set(['content', 'contentTime', 'time', 'lead']);

/**
 * The rows of an appendix, read from the plan's outline. The chapters that hold labelled tasks ("II. NỘI
 * DUNG NHIỆM VỤ") are the matrix: a heading with labelled parts is a task, a heading over others a
 * section, a heading with neither a task whose parts the text does not give. A lone such chapter is the
 * table itself, not a section of it.
 * @example planRows(planOutline(planParagraphs(text))) // [{ kind: 'task', task: { tt: '1', task: 'Công tác thông tin đối ngoại\n…', lead: 'Sở Văn hóa, Thể thao và Du lịch', … } }, …]
 */
export function planRows(outline: PlanOutline): PlanRow[] {
  const chapters = outline.roots.filter(holdsTasks);
  const only = chapters.length === 1 ? chapters[0] : undefined;
  const top = only && !ownsTask(only) && only.children.length > 0 ? only.children : chapters;
  const rows: PlanRow[] = [];
  for (const node of top) visit(node, rows);
  return rows;
}

function visit(node: OutlineNode, rows: PlanRow[]): void {
  if (node.children.length === 0) {
    rows.push({ kind: 'task', task: planTask(node, node.marker.text) });
    return;
  }
  const title = [node.title, ...node.body].join('\n');
  rows.push({ kind: 'section', tt: node.marker.text, title, line: node.line, endLine: node.endLine });
  // A heading with parts of its own above its sub-items is a task too, unnumbered under its title.
  if (ownsTask(node)) rows.push({ kind: 'task', task: planTask(node, '') });
  for (const child of node.children) visit(child, rows);
}

function ownsTask(node: OutlineNode): boolean {
  return node.parts.some((part) => TASK_PARTS.has(part.label));
}

function holdsTasks(node: OutlineNode): boolean {
  return ownsTask(node) || node.children.some(holdsTasks);
}

function planTask(node: OutlineNode, tt: string): PlanTask {
  const parts = (label: PartLabel) => node.parts.filter((part) => part.label === label);
  const content = [...parts('content'), ...parts('contentTime')].flatMap(partText);
  const task = [node.title, ...node.body, ...content].filter((line) => line !== '').join('\n');
  const performers = parts('lead').flatMap(partText).map(splitPerformers);
  const lead = joinDistinct(performers.map((p) => p.lead));
  const partners = joinDistinct([
    ...performers.map((p) => p.partners),
    ...parts('partners').flatMap(partText),
  ]);
  const time = joinDistinct([
    ...parts('time').flatMap(partText),
    ...parts('contentTime').flatMap((part) => part.lines.flatMap(datedItem)),
  ]);
  const missing: PlanTask['missing'] = [];
  if (lead === '') missing.push('lead');
  if (time === '') missing.push('time');
  return {
    tt,
    task,
    lead,
    partners,
    time,
    basis: citedIn(task),
    funding: joinDistinct(parts('funding').flatMap(partText)),
    product: joinDistinct(parts('product').flatMap(partText)),
    line: node.line,
    endLine: node.endLine,
    missing,
  };
}

/** A part's value and the lines under it, bullets' dashes and closing stops dropped. */
function partText(part: LabelledPart): string[] {
  return [part.value, ...part.lines]
    .map((line) => line.replace(/^-\s*/u, '').replace(/[\s.;,]+$/u, ''))
    .filter((line) => line !== '');
}

// "- Trong Quý I/2024: Giao lưu …" gives the time of its activity.
const DATED_ITEM = /^-?\s*(?:Trong\s+|Dự kiến\s+)?((?:Quý|Tháng|Năm|Quí)\s[^:]{1,30}):/iu;

function datedItem(line: string): string[] {
  const match = DATED_ITEM.exec(line);
  return match?.[1] ? [match[1]] : [];
}

function joinDistinct(values: readonly string[]): string {
  return [...new Set(values.filter((value) => value !== ''))].join('; ');
}

/** The documents a task's text cites as its grounds (not the ones it names as its subject's parent). */
function citedIn(text: string): string {
  const seen = new Set<string>();
  const cited: string[] = [];
  for (const citation of parseCitations(text).citations) {
    // "Sư đoàn số 3/ Bộ Tư lệnh …" has a slash, not a citation: a document is named by its type or dated.
    const named = citation.typeName !== null || citation.date !== null;
    if (!named || citation.subordinate || seen.has(citation.canonicalSymbol)) continue;
    seen.add(citation.canonicalSymbol);
    cited.push(citation.text.replace(/[\s,;.]+$/u, ''));
  }
  return cited.join(';\n');
}
