// Turns a whitespace-separated block of list entries into an array, so list files stay compact and diffable.
export function words(block: string): readonly string[] {
  return block.split(/\s+/).filter((entry) => entry.length > 0);
}

/** Entries separated by `;` or new lines, for lists whose entries contain spaces (places, organisations). */
export function phrases(block: string): readonly string[] {
  return block
    .split(/[;\n]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}
