/** A trie over folded word keys: the registry's names and the provinces' names are looked up through it. */
export interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  value?: T;
}

/** The node for a key path, created as needed. */
export function trieNode<T>(root: TrieNode<T>, keys: readonly string[]): TrieNode<T> {
  let node = root;
  for (const key of keys) {
    let child = node.next.get(key);
    if (!child) {
      child = { next: new Map() };
      node.next.set(key, child);
    }
    node = child;
  }
  return node;
}
