/**
 * The per-agency view of an appendix: which agency leads or supports which task. Wording and layout live
 * apart (listText.ts, *SheetSpec.ts); these shapes only say who does what, in the appendix's order.
 */
import type { AgencyEntry, AgencyRegistry } from '../agencies';
import type { TaskAnalysis } from '../rules';
import type { Appendix, Plan, Task } from '../schema';

/**
 * `individual`: one named agency; `collective`: a phrase standing for several ("UBND các huyện, thị xã,
 * thành phố", "các cơ quan có liên quan"), kept whole; `unidentified`: leads the registry does not know.
 */
export type AgencyListKind = 'individual' | 'collective' | 'unidentified';

/** `lead`: the only lead; `shared`: one of several leads; `support`: named in "Cơ quan phối hợp". */
export type TaskRole = 'lead' | 'shared' | 'support';

/** A section or group heading above a task, as the appendix writes it. */
export interface SectionRef {
  rowNumber: number;
  tt: string;
  title: string;
}

/** One task in one agency's list. */
export interface AgencyTaskEntry {
  /** Index in `appendix.tasks`. */
  taskIndex: number;
  /** The task's first sheet row. */
  rowNumber: number;
  task: Task;
  /** Enclosing sections and groups, outermost first. */
  sections: readonly SectionRef[];
  role: TaskRole;
  /**
   * The task's other leads (for `support`: all its leads), canonical names; a lead the registry does not
   * know is named as written.
   */
  otherLeads: string[];
  /** How the cell wrote this agency ("Sở Kế hoạch - Đầu tư"); for the unidentified list, the unknown names. */
  asWritten: string[];
  /** Canonical names of ended agencies whose task passed to this one as of the plan date (successors). */
  formerly: string[];
  /** Valid quarters (1–4) the time frame covers, ascending; [] when none is narrower than a year. */
  quarters: readonly number[];
  /** The Căn cứ cell is blank. */
  lacksBasis: boolean;
}

export interface AgencyList {
  /** The registry id, or UNIDENTIFIED_KEY. */
  key: string;
  kind: AgencyListKind;
  /** The registry entry; absent for the unidentified list. */
  entry?: AgencyEntry;
  /** Tasks it leads (alone or shared), in appendix order. */
  led: AgencyTaskEntry[];
  /**
   * Tasks it supports ("Phối hợp"), in appendix order: from the partner column, or named as supporting in the
   * lead column ("Sở Nội vụ phối hợp").
   */
  supporting: AgencyTaskEntry[];
  /**
   * Delegations abroad ("Đoàn ra") it leads as "Cơ quan chủ trì tham mưu", from the workbook's delegations
   * appendix, in its order; each entry's `task` is the delegation's row. Empty without such an appendix.
   */
  delegations: AgencyTaskEntry[];
}

/** The optional columns an appendix may have that the lists carry over. */
export type CarriedField = 'partners' | 'product' | 'note';

export interface AgencyLists {
  /** Named agencies in registry order, then collectives in registry order, then the unidentified list. */
  lists: AgencyList[];
  /** Number of tasks in the appendix: every one is in at least one list's `led`. */
  taskCount: number;
  plan: Plan;
  /** Optional columns the appendix has, in this order: partners, product, note. */
  fields: CarriedField[];
  /**
   * The lists have a part for the tasks an agency supports: the appendix has a partner column, or its lead
   * column names bodies as supporting ("Sở Nội vụ phối hợp").
   */
  withSupporting: boolean;
  /** Number of delegations in the delegations appendix given with the tasks; null when none was. */
  delegationCount: number | null;
  /**
   * Columns a list would print that no task (nor delegation) fills — absent from the appendix or blank on
   * every row: left out of the sheets, and said so in their title.
   */
  blankColumns: PrintedField[];
  /** What closes every list sent to an agency (the settings' "Nơi nhận" and signature); null: nothing. */
  closing: ListClosing | null;
}

/** The officer's closing lines, as typed in the settings (Settings.recipients, Settings.signature). */
export interface ListClosing {
  recipients: readonly string[];
  signature: readonly string[];
}

/** The appendix's columns a list sheet prints beside TT, task and role. */
export type PrintedField = 'time' | 'basis' | 'funding' | CarriedField;

export interface AgencyListOptions {
  /** The default registry merged with the workbook's "Danh mục cơ quan" (default: DEFAULT_REGISTRY). */
  registry?: AgencyRegistry;
  /**
   * ISO date the lists are drawn up as of: a task of an agency that had ended by then goes to its
   * successors (noted in `formerly`). Null or absent: every agency as the appendix names it.
   */
  planDate?: string | null;
  /**
   * The workbook's delegations appendix ("Phụ lục 2: đoàn ra"), when it has one: each agency's list gains
   * the delegations it leads.
   */
  delegations?: Appendix;
  /** The settings' closing lines ("Nơi nhận", signature block), printed under every agency's list. */
  closing?: { recipients?: readonly string[]; signature?: readonly string[] };
  /** The analyses `validate()` returned for this appendix, so cells are not split twice. */
  analyses?: ReadonlyArray<Pick<TaskAnalysis, 'leadAgencies' | 'partnerAgencies' | 'timeframe'>>;
}

/** The key of the list of leads the registry does not know (never a registry id: those are kebab-case). */
export const UNIDENTIFIED_KEY = '(unidentified)';
