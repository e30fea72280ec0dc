// A memo of answers by key, bounded: the oldest answer goes when a new one would make one too many.

/** `remember(key, make)` returns the answer kept for `key`, or makes, keeps and returns it. */
export function boundedCache<V>(limit: number): (key: string, make: () => V) => V {
  const kept = new Map<string, V>();
  return (key, make) => {
    let value = kept.get(key);
    if (value === undefined) {
      value = make();
      if (kept.size >= limit) kept.delete(kept.keys().next().value as string);
      kept.set(key, value);
    }
    return value;
  };
}
