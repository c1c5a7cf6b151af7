import type { CellGrid } from '../grid';
import type { MergeLookup } from '../mergeLookup';
import type { AppendixKindId, Field } from '../schema';
import type { HeaderMatch } from '../table';
import { findTableHeader } from '../table';
import type { AppendixKind } from './appendixKind';
import { APPENDIX_TABLE } from './appendixTable';
import { DELEGATION_TABLE } from './delegationTable';

/** Every kind of appendix the engine reads, the task matrix first: it wins a tie. */
export const APPENDIX_KIND_TABLES: readonly AppendixKind[] = [APPENDIX_TABLE, DELEGATION_TABLE];

export function appendixKind(id: AppendixKindId): AppendixKind {
  return APPENDIX_KIND_TABLES.find((kind) => kind.id === id) ?? APPENDIX_TABLE;
}

/**
 * The kind whose header the sheet matches best among `kinds` (every kind unless the caller asks for one),
 * with that header; undefined when none matches. A delegations sheet has no task column that a task
 * header needs; a task sheet no destination column.
 */
export function detectKind(
  grid: CellGrid,
  merges: MergeLookup,
  kinds: readonly AppendixKind[] = APPENDIX_KIND_TABLES,
): { kind: AppendixKind; header: HeaderMatch<Field> } | undefined {
  let best: { kind: AppendixKind; header: HeaderMatch<Field> } | undefined;
  for (const kind of kinds) {
    const header = findTableHeader(kind, grid, merges);
    if (header && (!best || header.score > best.header.score)) best = { kind, header };
  }
  return best;
}
