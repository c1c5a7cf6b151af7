import type { MatrixDifference } from '../plantext/compareMatrix';
import type { PlanTextCode, PlanTextFinding } from '../plantext/planTextChecks';
import type { Lang } from './types';

type Data = PlanTextFinding['data'];
type Wording = Record<PlanTextCode, (data: Data) => string>;

const PART_NAMES: Record<string, { vi: string; en: string }> = {
  lead: { vi: 'cơ quan chủ trì', en: 'the lead agency' },
  time: { vi: 'thời gian thực hiện', en: 'the time frame' },
};

const VI: Wording = {
  'heading-repeated': (d) => `Mục "${d.number}" trùng số với mục ở dòng ${d.firstLine}.`,
  'heading-skipped': (d) => `Sau mục "${d.previous}" là mục "${d.number}": bỏ qua số thứ tự.`,
  'attachment-absent': (d) => `Văn bản nhắc tới "${d.reference}" kèm theo, nhưng không có trong văn bản.`,
  'citation-after-plan': (d) =>
    `"${d.citation}" ghi ngày sau ngày của kế hoạch (${d.plan}): xem lại ngày hoặc số văn bản.`,
  'part-not-in-text': (d) =>
    `Nhiệm vụ ${d.tt || '(không số)'}: văn bản không ghi ${PART_NAMES[String(d.part)]?.vi ?? d.part}; ô để trống.`,
  'no-tasks': () =>
    'Không tìm thấy nhiệm vụ nào: không mục đánh số nào ghi "Cơ quan chủ trì", "Thời gian thực hiện" hay "Nội dung thực hiện".',
};

const EN: Wording = {
  'heading-repeated': (d) =>
    `Heading "${d.number}" repeats the number of the heading on line ${d.firstLine}.`,
  'heading-skipped': (d) => `Heading "${d.number}" follows "${d.previous}": a number is skipped.`,
  'attachment-absent': (d) =>
    `The text refers to "${d.reference}" as attached, but the document does not hold it.`,
  'citation-after-plan': (d) =>
    `"${d.citation}" is dated after the plan (${d.plan}): check the date or the document number.`,
  'part-not-in-text': (d) =>
    `Task ${d.tt || '(unnumbered)'}: the text does not give ${PART_NAMES[String(d.part)]?.en ?? d.part}; the cell stays empty.`,
  'no-tasks': () =>
    'No task found: no numbered heading gives "Cơ quan chủ trì", "Thời gian thực hiện" or "Nội dung thực hiện".',
};

/**
 * A finding about a plan's text, worded with its line.
 * @example formatPlanTextFinding({ code: 'heading-skipped', line: 134, data: { number: '3.5', previous: '3.3' } }, 'line', 'vi')
 *   === 'Dòng 134: Sau mục "3.3" là mục "3.5": bỏ qua số thứ tự.'
 */
export function formatPlanTextFinding(
  finding: Pick<PlanTextFinding, 'code' | 'line' | 'data'>,
  unit: 'line' | 'paragraph',
  lang: Lang,
): string {
  const text = (lang === 'en' ? EN : VI)[finding.code](finding.data);
  if (finding.code === 'no-tasks') return text;
  const word = lang === 'en' ? (unit === 'line' ? 'Line' : 'Paragraph') : unit === 'line' ? 'Dòng' : 'Đoạn';
  return `${word} ${finding.line}: ${text}`;
}

const quoted = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');

/**
 * Where a task of the plan's text and its appendix row disagree, worded.
 * @example formatMatrixDifference({ field: 'time', plan: 'Quý II/2024', appendix: 'Quý III' }, 'vi')
 *   === 'thời gian: văn bản "Quý II/2024", phụ lục "Quý III"'
 */
export function formatMatrixDifference(difference: MatrixDifference, lang: Lang): string {
  const vi = lang === 'vi';
  switch (difference.field) {
    case 'lead': {
      const parts = [
        difference.onlyPlan.length
          ? vi
            ? `văn bản giao ${quoted(difference.onlyPlan)}`
            : `the text names ${quoted(difference.onlyPlan)}`
          : '',
        difference.onlyAppendix.length
          ? vi
            ? `phụ lục ghi ${quoted(difference.onlyAppendix)}`
            : `the appendix names ${quoted(difference.onlyAppendix)}`
          : '',
      ].filter((part) => part !== '');
      return `${vi ? 'cơ quan chủ trì' : 'lead'}: ${parts.join(vi ? ', còn ' : ', while ')}`;
    }
    case 'time':
      return vi
        ? `thời gian: văn bản "${difference.plan}", phụ lục "${difference.appendix}"`
        : `time: the text "${difference.plan}", the appendix "${difference.appendix}"`;
    case 'basis':
      return vi
        ? `căn cứ: văn bản trích ${quoted(difference.missing)}, cột Căn cứ ${difference.appendix.trim() === '' ? 'để trống' : 'không có'}`
        : `basis: the text cites ${quoted(difference.missing)}, the Căn cứ cell ${difference.appendix.trim() === '' ? 'is blank' : 'does not'}`;
  }
}

// At most this many tasks named in the line; the sheet's Ghi chú column locates every one.
const NAMED_TASKS = 12;

const PART_MISSING = {
  vi: (part: string, tasks: string[]) =>
    `Văn bản không ghi ${PART_NAMES[part]?.vi ?? part} của ${tasks.length} nhiệm vụ (${named(tasks, (n) => `và ${n} nhiệm vụ khác`)}): các ô đó để trống.`,
  en: (part: string, tasks: string[]) =>
    `The text does not give ${PART_NAMES[part]?.en ?? part} of ${tasks.length} ${tasks.length === 1 ? 'task' : 'tasks'} (${named(tasks, (n) => `and ${n} more`)}): those cells stay empty.`,
};

function named(tasks: readonly string[], more: (n: number) => string): string {
  const shown = tasks.slice(0, NAMED_TASKS);
  return [...shown, ...(tasks.length > shown.length ? [more(tasks.length - shown.length)] : [])].join(', ');
}

/** A task as the line names it: its number, or where it is in the text when it has none ("dòng 45"). */
function taskLabel(finding: PlanTextFinding, unit: 'line' | 'paragraph', lang: Lang): string {
  const tt = String(finding.data.tt ?? '');
  if (tt !== '') return tt;
  const where = lang === 'vi' ? (unit === 'line' ? 'dòng' : 'đoạn') : unit;
  return `${where} ${finding.line}`;
}

/**
 * What reading a plan's text found, a line each, the parts the text leaves out grouped one line per part
 * ("Văn bản không ghi thời gian thực hiện của 11 nhiệm vụ (1, 2, …)").
 */
export function planTextLines(
  findings: readonly PlanTextFinding[],
  unit: 'line' | 'paragraph',
  lang: Lang,
): string[] {
  const lines = findings
    .filter((f) => f.code !== 'part-not-in-text')
    .map((f) => formatPlanTextFinding(f, unit, lang));
  for (const part of ['lead', 'time']) {
    const tasks = findings.filter((f) => f.code === 'part-not-in-text' && f.data.part === part);
    if (tasks.length > 0)
      lines.push(
        PART_MISSING[lang](
          part,
          tasks.map((f) => taskLabel(f, unit, lang)),
        ),
      );
  }
  return lines;
}
