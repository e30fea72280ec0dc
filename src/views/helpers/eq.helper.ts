// {{#if (eq a b)}}: strict equality, comparing numbers and numeric strings as equal (form values are strings).
export function eqHelper(a: unknown, b: unknown): boolean {
  return (
    a === b || (a !== null && b !== null && a !== undefined && b !== undefined && String(a) === String(b))
  );
}
