// Looks up the spans near an offset in a sorted list with a binary search, so checks per finding stay cheap
// and a long text is scanned in linear time.

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The spans (sorted by start, not overlapping) that overlap `[from, to)`. */
export function spansWithin<T extends Span>(spans: readonly T[], from: number, to: number): T[] {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((spans[middle]?.end ?? 0) <= from) low = middle + 1;
    else high = middle;
  }
  const result: T[] = [];
  for (let i = low; i < spans.length; i++) {
    const span = spans[i];
    if (span === undefined || span.start >= to) break;
    result.push(span);
  }
  return result;
}
