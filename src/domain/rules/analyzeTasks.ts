import type { CellCitations } from '../legal';
import { parseCitations } from '../legal';
import type { Appendix } from '../schema';

/** What the rules learn from a task's cells, parsed once per run. */
export interface TaskAnalysis {
  citations: CellCitations;
}

/**
 * Parses each task's cells. A text merged over several rows (or repeated) is parsed once: real appendices
 * repeat the same Căn cứ on dozens of rows.
 */
export function analyzeTasks(appendix: Appendix): TaskAnalysis[] {
  const citationsByText = new Map<string, CellCitations>();
  return appendix.tasks.map((task) => {
    let citations = citationsByText.get(task.basis);
    if (!citations) {
      citations = parseCitations(task.basis);
      citationsByText.set(task.basis, citations);
    }
    return { citations };
  });
}
