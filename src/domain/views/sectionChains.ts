import type { Appendix } from '../schema';
import type { SectionRef } from './types';

/**
 * The headings above a task, outermost first, by the row of its parent section or group. Chains are
 * shared between the tasks of one section (an appendix has a few dozen sections and thousands of tasks).
 * @example sectionChains(appendix)(14) // [{ tt: 'II', … }, { tt: 'II.I', … }, { tt: '5', title: 'Với thành phố Padang, Indonesia' }]
 */
export function sectionChains(appendix: Appendix): (parentRow: number | null) => readonly SectionRef[] {
  const byRow = new Map(appendix.sections.map((section) => [section.row, section]));
  const chains = new Map<number, readonly SectionRef[]>();
  const chainOf = (row: number | null, depth: number): readonly SectionRef[] => {
    if (row === null) return [];
    const known = chains.get(row);
    if (known) return known;
    const section = byRow.get(row);
    // A parent row that is not a section, or a loop, ends the chain (the model guarantees neither).
    if (!section || depth > byRow.size) return [];
    const chain = [
      ...chainOf(section.parentRow, depth + 1),
      { rowNumber: section.row, tt: section.tt, title: section.title },
    ];
    chains.set(row, chain);
    return chain;
  };
  return (parentRow) => chainOf(parentRow, 0);
}
