const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN = new Set([0x5b, 0x7b]); // [ {
const CLOSE = new Set([0x5d, 0x7d]); // ] }
const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * The exact bytes of each element of a top-level JSON array, so that each CloudEvent of a batch is
 * stored as it was sent (re-serialising would round big numbers and reorder nothing but could
 * still differ from the signed bytes). `raw` must already be known to parse as a JSON array.
 * Scanning bytes is safe in UTF-8: every byte of a multi-byte character is ≥ 0x80.
 */
export function jsonArraySlices(raw: Buffer): Buffer[] {
  const slices: Buffer[] = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  let start = -1;
  const mark = (i: number) => {
    if (depth === 1 && start < 0) start = i;
  };
  const close = (end: number) => {
    if (start < 0) return;
    let last = end;
    while (last > start && WHITESPACE.has(raw[last - 1]!)) last -= 1;
    slices.push(raw.subarray(start, last));
    start = -1;
  };
  for (let i = 0; i < raw.length; i += 1) {
    const c = raw[i]!;
    if (inString) {
      if (escaped) escaped = false;
      else if (c === BACKSLASH) escaped = true;
      else if (c === QUOTE) inString = false;
      continue;
    }
    if (c === QUOTE) {
      mark(i);
      inString = true;
    } else if (OPEN.has(c)) {
      mark(i);
      depth += 1;
    } else if (CLOSE.has(c)) {
      depth -= 1;
      if (depth === 0) close(i);
    } else if (c === COMMA) {
      if (depth === 1) close(i);
    } else if (!WHITESPACE.has(c)) {
      mark(i);
    }
  }
  return slices;
}
