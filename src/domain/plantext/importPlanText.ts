import { findProvinceIn } from '../agencies';
import type { PlanHeader } from './planHeader';
import { planHeader } from './planHeader';
import type { PlanOutline } from './planOutline';
import { planOutline } from './planOutline';
import { planParagraphs } from './planParagraphs';
import type { PlanRow } from './planTasks';
import { planRows } from './planTasks';
import type { PlanTextFinding } from './planTextChecks';
import { attachmentFindings, lateCitationFindings, numberingFindings } from './planTextChecks';

/** A plan's text read as a task matrix, with what the text leaves out or gets wrong. */
export interface PlanImport {
  header: PlanHeader;
  rows: PlanRow[];
  findings: PlanTextFinding[];
  /** How many tasks the rows hold. */
  taskCount: number;
}

/**
 * Reads the tasks of a plan from its text: the headings, the labelled parts of each task ("Nội dung
 * thực hiện", "Thời gian thực hiện", "Cơ quan chủ trì", "Đơn vị phối hợp", "Kinh phí"), the documents it
 * cites. Nothing is invented: a part the text does not give stays empty and is reported.
 * @example importPlanText(dongNaiPlan).taskCount === 11
 */
export function importPlanText(text: string): PlanImport {
  const paragraphs = planParagraphs(text);
  const outline = planOutline(paragraphs);
  const header = planHeader(outline.preamble);
  const rows = planRows(outline, findProvinceIn(header.issuer ?? '')?.id ?? null);
  const tasks = rows.flatMap((row) => (row.kind === 'task' ? [row.task] : []));
  const body = bodyParagraphs(paragraphs, outline);
  const findings: PlanTextFinding[] = [
    ...(tasks.length === 0 ? [noTasks(paragraphs)] : []),
    ...numberingFindings(outline),
    ...tasks.flatMap((task) =>
      task.missing.map((part) => ({
        code: 'part-not-in-text' as const,
        severity: 'info' as const,
        line: task.line,
        data: { tt: task.tt, part },
      })),
    ),
    ...attachmentFindings(body, outline.after),
    ...lateCitationFindings(body, header),
  ];
  findings.sort((a, b) => a.line - b.line);
  return { header, rows, findings, taskCount: tasks.length };
}

// Everything before the closing: the grounds in the preamble and the body itself.
function bodyParagraphs(paragraphs: ReturnType<typeof planParagraphs>, outline: PlanOutline) {
  const end = outline.after[0]?.line ?? Number.POSITIVE_INFINITY;
  return paragraphs.filter((p) => p.line < end);
}

function noTasks(paragraphs: ReturnType<typeof planParagraphs>): PlanTextFinding {
  return { code: 'no-tasks', severity: 'error', line: paragraphs[0]?.line ?? 1, data: {} };
}
