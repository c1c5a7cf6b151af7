import type { AgencyEntry, AgencyMention, AgencyRegistry } from '../agencies';
import { agencyStatusAt, mentionName } from '../agencies';
import { UNIDENTIFIED_KEY } from './types';

/** The list a mention puts a task in, with what the entry should record. */
export interface ListTarget {
  key: string;
  entry?: AgencyEntry;
  /** The name other lists show for it: canonical, or as written for an unknown agency. */
  names: string[];
  asWritten: string[];
  formerly: string[];
}

/** Maps the mentions of one cell to lists; built once per run (it remembers each entry's status). */
export type TargetResolver = (mentions: readonly AgencyMention[]) => ListTarget[];

/**
 * The lists the agencies of a lead or partner cell belong to, one per list (a cell naming an agency twice,
 * or two agencies merged into one by the plan date, gives one target). Unknown names all go to the
 * unidentified list; `blankIsUnidentified` sends a cell naming nobody there too (a lead must be someone).
 * @example resolveTargets(DEFAULT_REGISTRY, null, true)(splitAgencies('Sở KH&ĐT, Sở Kế hoạch - Đầu tư', …)) // one target
 */
export function resolveTargets(
  registry: AgencyRegistry,
  planDate: string | null,
  blankIsUnidentified: boolean,
): TargetResolver {
  const successors = successorLookup(registry, planDate);
  return (mentions) => {
    const targets = new Map<string, ListTarget>();
    const add = (
      key: string,
      entry: AgencyEntry | undefined,
      name: string,
      text: string,
      former?: string,
    ) => {
      const target = targets.get(key) ?? {
        key,
        ...(entry ? { entry } : {}),
        names: [],
        asWritten: [],
        formerly: [],
      };
      pushNew(target.names, name);
      pushNew(target.asWritten, text);
      if (former !== undefined) pushNew(target.formerly, former);
      targets.set(key, target);
    };
    for (const mention of mentions) {
      const text = mentionName(mention);
      if (!mention.entry) {
        add(UNIDENTIFIED_KEY, undefined, text, text);
        continue;
      }
      const heirs = successors(mention.entry);
      // Each numbered unit of a body ("Thuế cơ sở 3", "Kho bạc Nhà nước khu vực XV") is an agency of its own.
      const own = mention.unit === undefined ? mention.entry : unitBody(mention.entry, mention.unit);
      if (heirs.length === 0) add(own.id, own, own.name, text);
      for (const heir of heirs) add(heir.id, heir, heir.name, text, mention.entry.name);
    }
    if (targets.size === 0 && blankIsUnidentified)
      return [{ key: UNIDENTIFIED_KEY, names: [], asWritten: [], formerly: [] }];
    return [...targets.values()];
  };
}

/** One numbered unit of a registry body, as a body of its own: "Thuế cơ sở 3" of "Thuế cơ sở". */
function unitBody(entry: AgencyEntry, unit: string): AgencyEntry {
  return {
    ...entry,
    id: `${entry.id}--${unit}`,
    name: `${entry.name} ${unit}`,
    shortName: `${entry.shortName} ${unit}`,
    aliases: [],
  };
}

function pushNew(values: string[], value: string): void {
  if (value !== '' && !values.includes(value)) values.push(value);
}

// An agency that had ended by the plan date cannot receive a list: its successors take its tasks. Without
// a date, or for an agency still current, nothing is redirected.
function successorLookup(
  registry: AgencyRegistry,
  planDate: string | null,
): (entry: AgencyEntry) => readonly AgencyEntry[] {
  const known = new Map<string, readonly AgencyEntry[]>();
  return (entry) => {
    if (planDate === null) return [];
    let heirs = known.get(entry.id);
    if (!heirs) {
      const status = agencyStatusAt(entry, planDate, registry);
      heirs = status.current ? [] : status.successors;
      known.set(entry.id, heirs);
    }
    return heirs;
  };
}
