import type { AgencyMention, AgencyRegistry } from '../agencies';
import { splitAgencies } from '../agencies';
import type { Funding } from '../funding';
import { classifyFunding } from '../funding';
import type { CellCitations } from '../legal';
import { parseCitations } from '../legal';
import type { Appendix } from '../schema';
import { leadOf } from '../schema';
import { composed, convertLegacy, detectLegacyEncoding } from '../text';
import type { Timeframe } from '../timeframe';
import { parseTimeframe } from '../timeframe';

/** What the rules learn from a task's cells, parsed once per run. */
export interface TaskAnalysis {
  citations: CellCitations;
  timeframe: Timeframe;
  funding: Funding;
  leadAgencies: AgencyMention[];
  partnerAgencies: AgencyMention[];
}

/**
 * Parses each task's cells. A text merged over several rows (or repeated) is parsed once: real appendices
 * repeat the same Căn cứ and the same agencies on dozens of rows. (The parsers also keep their own
 * bounded caches; this one ties results to the run.)
 */
export function analyzeTasks(appendix: Appendix, registry: AgencyRegistry): TaskAnalysis[] {
  const citations = memo(parseCitations);
  const timeframe = memo((text: string) => parseTimeframe(text, appendix.timeUnit));
  const funding = memo(classifyFunding);
  const context = { province: appendix.plan.province ?? null };
  // A lead typed in TCVN3/VNI is matched on its Unicode text: the cell gets one finding (legacy-encoding).
  const agencies = memo((text: string) => {
    const encoding = detectLegacyEncoding(text);
    return splitAgencies(encoding ? convertLegacy(text, encoding) : text, registry, context);
  });
  return appendix.tasks.map((task) => ({
    citations: citations(task.basis),
    timeframe: timeframe(task.time),
    funding: funding(task.funding),
    leadAgencies: agencies(leadOf(task)),
    partnerAgencies: agencies(task.partners ?? ''),
  }));
}

/** `parse` once per distinct text, read in NFC: decomposed text is parsed as its composed twin. */
function memo<T>(parse: (text: string) => T): (text: string) => T {
  const results = new Map<string, T>();
  return (raw) => {
    let result = results.get(raw);
    if (result === undefined) {
      result = parse(composed(raw));
      results.set(raw, result);
    }
    return result;
  };
}
