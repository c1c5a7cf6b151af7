import type { AgencyRegistry } from '../../agencies';
import { splitAgencies } from '../../agencies';
import { classifyFunding } from '../../funding';
import { parseCitations } from '../../legal';
import type { Field, Task } from '../../schema';
import { isBlank } from '../../text';
import { parseTimeframe } from '../../timeframe';
import type { Rule, RuleFinding, RuleInput } from '../types';

type Looks = (text: string, registry: AgencyRegistry) => boolean;

const MONEY_WORDS =
  /kinh phí|ngân sách|vốn|chi phí|xã hội hóa|xã hội hoá|tài trợ|viện trợ|dự toán|\bODA\b|đồng\b|nguồn/iu;

/** What a column's content looks like, judged by that column's own parser. */
const LOOKS_LIKE: Record<'lead' | 'time' | 'basis' | 'funding', Looks> = {
  basis: (text) => parseCitations(text).citations.length > 0,
  // A source named in passing ("Công an tỉnh" reads as security funding, "Bộ Ngoại giao" as the central
  // budget) is no evidence without a word of money: a lead or time cell is not funding one cell off.
  funding: (text) => {
    const funding = classifyFunding(text);
    return funding.categories.length > 0 && (funding.amounts.length > 0 || MONEY_WORDS.test(text));
  },
  time: (text) => {
    const { parts } = parseTimeframe(text);
    // "theo Kế hoạch đoàn ra" reads as a linked time frame and as conditional funding alike: not evidence.
    return (
      parts.length > 0 && parts.every((p) => p.kind !== 'unparsed') && parts.some((p) => p.kind !== 'linked')
    );
  },
  lead: (text, registry) => {
    const mentions = splitAgencies(text, registry);
    return mentions.length > 0 && mentions.every((m) => m.entry !== undefined && !m.vague);
  },
};
const FIELDS = Object.keys(LOOKS_LIKE) as Array<keyof typeof LOOKS_LIKE>;

/**
 * Whether a value has something of its own column: then it is where it belongs, whatever else it names.
 * "Thường xuyên, định kỳ hằng quý báo cáo về Sở Tài chính" (2820/QĐ-UBND TP HCM 2025) starts with a time
 * frame, so it is a time frame with words added, not funding ("thường xuyên") one cell off.
 */
const FITS: Record<keyof typeof LOOKS_LIKE, Looks> = {
  ...LOOKS_LIKE,
  time: (text) => parseTimeframe(text).parts.some((p) => p.kind !== 'unparsed' && p.kind !== 'linked'),
  // "Công an tỉnh, các cơ quan liên quan" (58/KH-UBND Bà Rịa - Vũng Tàu 2024): a known body, a vague tail.
  lead: (text, registry) => splitAgencies(text, registry).some((m) => m.entry !== undefined && !m.vague),
};

/**
 * A value that belongs to another column, e.g. funding text under Căn cứ while Nguồn kinh phí is empty (a
 * row pasted one cell off). Reported at the cell holding the value. Never for merged cells: a merged value
 * is where the officer put it on purpose.
 */
export const shiftedCells: Rule = {
  meta: {
    code: 'shifted-cells',
    severity: 'warning',
    title: { vi: 'Giá trị nằm lệch cột', en: 'Value in the wrong column' },
    columns: FIELDS,
  },
  check: (input) => input.appendix.tasks.flatMap((task) => shiftedInTask(input, task)),
};

function shiftedInTask(input: RuleInput, task: Task): RuleFinding[] {
  const { appendix, registry } = input;
  const present = (field: Field) => appendix.columns[field] !== undefined;
  const empty = FIELDS.filter((f) => present(f) && isBlank(task[f]) && task.mergedFrom[f] === undefined);
  if (empty.length === 0) return [];
  const findings: RuleFinding[] = [];
  for (const source of FIELDS) {
    const text = task[source];
    const column = appendix.columns[source];
    if (column === undefined || isBlank(text) || task.mergedFrom[source] !== undefined) continue;
    if (FITS[source](text, registry)) continue;
    const belongsTo = empty.find((target) => target !== source && LOOKS_LIKE[target](text, registry));
    if (belongsTo) {
      findings.push({
        rowNumber: task.rows[0],
        column,
        cell: `${column}${task.rows[0]}`,
        data: { field: source, belongsTo, text },
      });
    }
  }
  return findings;
}
