import { foldKey } from '../text';

/** The words of a task's text, folded (no diacritics, lower case), once each; numbers left out. */
export function taskWords(text: string): Set<string> {
  return new Set(
    foldKey(text)
      .split(' ')
      .filter((word) => word.length > 1 && !/^\d+$/u.test(word)),
  );
}

/**
 * Weighs words by how few of the texts use them (inverse document frequency): "Sakai" tells a task from
 * the others, "tăng cường" does not.
 */
export function wordWeights(texts: ReadonlyArray<ReadonlySet<string>>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const words of texts) for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  const weights = new Map<string, number>();
  for (const [word, count] of counts) weights.set(word, Math.log((texts.length + 1) / count));
  return weights;
}

/**
 * How alike two task texts are, 0 to 1: the weighted share of the shorter text's words that the longer
 * holds — an appendix row shortens the plan's paragraph ("Với Bang Tây Ô-xtrây-li-a …" in both) — and 0
 * when they share less than a few telling words, so a short generic row meets no paragraph by chance.
 * @example taskSimilarity(taskWords('Với thành phố Sakai, Nhật Bản'), taskWords('Với thành phố Sakai, Nhật Bản: xây dựng …'), weights) > 0.5
 */
export function taskSimilarity(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
  weights: ReadonlyMap<string, number>,
): number {
  const weight = (word: string) => weights.get(word) ?? 0;
  const total = (words: ReadonlySet<string>) => [...words].reduce((sum, word) => sum + weight(word), 0);
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += weight(word);
  const small = Math.min(total(a), total(b));
  if (small === 0 || shared < MIN_SHARED) return 0;
  return shared / small;
}

// About three words no more than a few tasks use.
const MIN_SHARED = 6;
