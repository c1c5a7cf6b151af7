import { madeFromText } from '../../appendix/madeFromText';
import { reportsOnAssignedTasks } from '../content/lateTasks';
import type { Appendix, Field, Severity } from '../../schema';
import { isBlank, normalizeText } from '../../text';
import { splitAgencies } from '../../agencies';
import type { Rule, RuleFinding, RuleInput } from '../types';
import { fieldLocation } from '../types';

/**
 * A task row whose cell for `field` is empty. Only task rows are checked (never section or group rows),
 * and a value merged down from a row above counts as present: the model already carries it. A sheet
 * without the column at all is reported once as `missing-column`, not on every row.
 */
export function requiredField(
  code: string,
  field: Field,
  severity: Severity,
  title: Rule['meta']['title'],
  options: {
    byConvention?: boolean;
    namedElsewhere?: boolean;
    rareShare?: number;
    /** On a matrix made from a plan's text, the blanks are one note: the text gives no such value. */
    onceFromText?: boolean;
    /** Not in a report on assigned tasks, whose results stay blank until they come (reportsOnAssignedTasks). */
    assigningOnly?: boolean;
  } = {},
): Rule {
  return {
    meta: { code, severity, title, columns: [field] },
    check: (input) => {
      const { appendix } = input;
      if (appendix.columns[field] === undefined) return [];
      if (options.assigningOnly && reportsOnAssignedTasks(input)) return [];
      if (options.byConvention && !filledByConvention(appendix.tasks, field)) return [];
      // A task under a heading that names its lead ("I. Sở Nội vụ") has one: the document's arrangement.
      const blank = appendix.tasks.filter(
        (task) => isBlank(task[field] ?? '') && !(field === 'lead' && task.leadFromHeading),
      );
      if (options.onceFromText && madeFromText(appendix)) return onceForSheet(appendix, blank, field);
      const quiet = options.byConvention ? blankSections(appendix, field) : new Map<number, BlankSection>();
      const findings: RuleFinding[] = [];
      for (const [row, { blank: tts, tasks }] of quiet) {
        const section = appendix.sections.find((s) => s.row === row);
        const column = appendix.columns[field];
        findings.push({
          rowNumber: row,
          ...(column === undefined ? {} : { column, cell: `${column}${row}` }),
          severity: 'info',
          data: { section: section?.tt ?? '', count: tts.length, total: tasks, tts: tts.join(', '), field },
        });
      }
      // Blanks outside the quiet sections that are more than a lone one and more than rare: the document
      // leaves the column blank where it has nothing to say (noted, not warned).
      const loud = blank.filter((task) => task.parentRow === null || !quiet.has(task.parentRow)).length;
      const usual =
        options.rareShare !== undefined && loud >= 2 && loud > appendix.tasks.length * options.rareShare;
      for (const task of blank) {
        if (task.parentRow !== null && quiet.has(task.parentRow)) continue;
        const elsewhere = options.namedElsewhere ? agencyElsewhere(appendix, task) : undefined;
        const inText = options.namedElsewhere && !elsewhere ? leadInTaskText(input, task) : undefined;
        const graded: Severity | undefined = elsewhere || usual ? 'info' : inText ? 'warning' : undefined;
        findings.push({
          rowNumber: task.rows[0],
          ...fieldLocation(appendix, task, field),
          ...(graded ? { severity: graded } : {}),
          data: { tt: task.tt, ...(elsewhere ?? inText) },
        });
      }
      return findings;
    },
  };
}

/**
 * The blanks of a column the plan's text does not fill, as one note at the first: a plan names the documents
 * its tasks rest on in its preamble, seldom task by task, so a matrix made from it leaves them blank (75 plans
 * of the corpus read back: 1,223 tasks of 1,353 without one). The officer fills them if the office's form
 * asks; an error on every row would bury the findings that matter.
 */
function onceForSheet(appendix: Appendix, blank: Appendix['tasks'], field: Field): RuleFinding[] {
  const first = blank[0];
  if (!first) return [];
  return [
    {
      rowNumber: first.rows[0],
      ...fieldLocation(appendix, first, field),
      severity: 'info',
      data: { tt: first.tt, fromText: true, count: blank.length, total: appendix.tasks.length },
    },
  ];
}

// "Cơ quan chịu trách nhiệm quản lý nhà nước theo quy định", "Đơn vị thực hiện": a column of the
// document's own that names who acts.
// (A JavaScript "\b" is ASCII-only: it sees no word end after "vị".)
const AGENCY_TITLE = /^(?:cơ quan|đơn vị)(?!\p{L})/iu;

/**
 * A body another agency column of the row names, when the lead cell is empty: "Phê duyệt nhiệm vụ lập quy
 * hoạch" with "Thủ tướng Chính phủ" under "Cơ quan chịu trách nhiệm quản lý nhà nước" (836/QĐ-BXD 2019) —
 * the step is the approver's, named; no lead of the plan's own is missing. Said as a note.
 */
function agencyElsewhere(appendix: Appendix, task: Appendix['tasks'][number]) {
  for (const { title } of appendix.extraColumns) {
    const text = task.extra[title]?.trim();
    if (text && AGENCY_TITLE.test(title.normalize('NFC').trim())) return { named: text, namedIn: title };
  }
  return undefined;
}

// "Giao Sở Tài chính chủ trì, …", "Sở Nội vụ tham mưu UBND tỉnh …" (session 21 probe): the task's text opens
// with the body that leads it.
const OPENS_WITH_LEAD =
  /^(?:giao\s+(?:cho\s+)?)?(\S.{1,80}?)\s+(?:chủ trì|tham mưu|làm đầu mối|là cơ quan đầu mối)(?!\p{L})/iu;

/**
 * The body the task's own text names as its lead, when its lead cell is empty: known to the registry and the
 * whole of what stands before "chủ trì" / "tham mưu". The lead column still wants it (the lists read that
 * column), so it stays a finding — a warning that says where the name is, not an error that none is given.
 */
function leadInTaskText(input: RuleInput, task: Appendix['tasks'][number]) {
  const match = OPENS_WITH_LEAD.exec(normalizeText(task.task));
  const named = match?.[1];
  if (!named) return undefined;
  const mentions = splitAgencies(named, input.registry, { province: input.appendix.plan.province ?? null });
  const only = mentions.length === 1 ? mentions[0] : undefined;
  // "Các cơ quan chủ trì …" names nobody.
  if (!only?.entry || only.vague || only.start !== 0 || only.end < named.length) return undefined;
  return { named, namedIn: TASK_COLUMN };
}

const TASK_COLUMN = 'Nhiệm vụ';

interface BlankSection {
  /** TT of the section's tasks that leave the column blank. */
  blank: string[];
  /** Number of tasks of the section. */
  tasks: number;
}

/**
 * Sections of at least two tasks most of which leave the column blank: a column the rest of the document
 * fills but one section mostly leaves blank ("VI. Các nhiệm vụ khác", four routine tasks of five without an
 * output, 2820/QĐ-UBND TP HCM 2025) is that section's way, noted once. A lone blank among filled cells
 * stays a warning on its task (Lâm Đồng 2026: the one task of 49 with no product).
 */
function blankSections(appendix: Appendix, field: Field): Map<number, BlankSection> {
  const sections = new Map<number, BlankSection>();
  for (const task of appendix.tasks) {
    if (task.parentRow === null) continue;
    const entry = sections.get(task.parentRow) ?? { blank: [], tasks: 0 };
    entry.tasks++;
    if (isBlank(task[field] ?? '')) entry.blank.push(task.tt);
    sections.set(task.parentRow, entry);
  }
  for (const [row, { blank, tasks }] of sections)
    if (tasks < 2 || blank.length * 2 <= tasks) sections.delete(row);
  return sections;
}

// A column the document fills on at least this share of its tasks is one it means to fill on every task.
const CONVENTION_SHARE = 0.5;
const CONVENTION_MIN_TASKS = 4;

/**
 * Whether the document itself fills the column: funding "only where money is involved", or a partner
 * column used now and then, is the form of the document, and its empty cells are no fault. So is a column
 * no task fills, however few the tasks: "the other tasks all have one" would be false.
 */
function filledByConvention(tasks: Appendix['tasks'], field: Field): boolean {
  const filled = tasks.filter((task) => !isBlank(task[field] ?? '')).length;
  // A column no task fills is a column the document does not use, however few its tasks.
  if (filled === 0) return false;
  if (tasks.length < CONVENTION_MIN_TASKS) return true;
  return filled >= tasks.length * CONVENTION_SHARE;
}

export const missingTask = requiredField('missing-task', 'task', 'error', {
  vi: 'Thiếu nội dung nhiệm vụ',
  en: 'Missing task text',
});
export const missingLeadAgency = requiredField(
  'missing-lead-agency',
  'lead',
  'error',
  { vi: 'Thiếu cơ quan chủ trì', en: 'Missing lead agency' },
  { namedElsewhere: true },
);
export const missingTimeframe = requiredField(
  'missing-timeframe',
  'time',
  'warning',
  { vi: 'Thiếu thời gian thực hiện', en: 'Missing time frame' },
  { byConvention: true },
);
export const missingLegalBasis = requiredField(
  'missing-legal-basis',
  'basis',
  'error',
  { vi: 'Thiếu căn cứ', en: 'Missing legal basis' },
  { onceFromText: true },
);
/**
 * A blank funding cell is a slip when it is alone or rare (the sample's F67, one of 97); where the document
 * leaves two tasks or more, and more than one in twenty, without funding, the blanks are its way for routine work on the regular
 * budget — Huế 188/KH-UBND 2026 leaves 7 of 48 blank, the same household-guidance task in every region
 * among them, and no keyed appendix counts such a blank a fault (D134) — each a note.
 */
export const missingFunding = requiredField(
  'missing-funding',
  'funding',
  'warning',
  { vi: 'Thiếu nguồn kinh phí', en: 'Missing funding source' },
  { byConvention: true, rareShare: 0.05 },
);
/**
 * An empty partner cell most often means the lead works alone (175/NQ-CP 2023, 2200/QĐ-BNNMT 2026, the Lâm
 * Đồng plans of 2025–2026): a note, not a warning.
 */
export const missingPartners = requiredField(
  'missing-partners',
  'partners',
  'info',
  { vi: 'Thiếu cơ quan phối hợp', en: 'Missing supporting agencies' },
  { byConvention: true },
);
export const missingProduct = requiredField(
  'missing-product',
  'product',
  'warning',
  { vi: 'Thiếu sản phẩm', en: 'Missing expected output' },
  { byConvention: true, assigningOnly: true },
);
