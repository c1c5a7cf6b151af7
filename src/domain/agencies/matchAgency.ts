import { tokenizeAgencyText } from './agencyKey';
import { isVariant, matchAt, registryIndex } from './registryIndex';
import type { AgencyEntry, AgencyRegistry } from './schema';

export interface AgencyMatch {
  entry: AgencyEntry;
  /** Spelled otherwise than the canonical name or the short form (see literalForm.ts). */
  variant: boolean;
}

/**
 * The registry entry a whole text names (one agency, not a list), or undefined.
 * @example matchAgency('Sở Kế hoạch - Đầu tư', DEFAULT_REGISTRY) // { entry: Sở Kế hoạch và Đầu tư, variant: true }
 * @example matchAgency('Sở Ngoại vụ', DEFAULT_REGISTRY)?.variant === false
 * @example matchAgency('Sở Ngoại vụ, Sở Nội vụ', DEFAULT_REGISTRY) === undefined
 */
export function matchAgency(text: string, registry: AgencyRegistry): AgencyMatch | undefined {
  const index = registryIndex(registry);
  const tokens = tokenizeAgencyText(text);
  const first = tokens.findIndex((token) => !token.separator);
  if (first < 0) return undefined;
  const match = matchAt(index, tokens, first);
  if (!match || tokens.slice(match.end).some((token) => !token.separator)) return undefined;
  const { entry } = match;
  return { entry, variant: !entry.vague && isVariant(index, text, entry) };
}
