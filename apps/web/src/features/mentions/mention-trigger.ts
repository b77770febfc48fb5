/** An `@name` being typed: where its `@` is and what follows it, up to the caret. */
export interface MentionTrigger {
  start: number;
  query: string;
}

// The API reads a mention only when `@` does not stick to a word, an address or a path
// (libs/domain text-parsing): the autocomplete opens in the same places.
const TRIGGER = /(?:^|[^\p{L}\p{M}\p{N}_.+\-/\\@#&=?%~])@([\p{L}\p{M}\p{N}._-]{0,40})$/u;

const isInsideCode = (before: string): boolean => {
  const fences = before.split('\n').filter((line) => line.trimStart().startsWith('```')).length;
  if (fences % 2 === 1) return true;
  const line = before.slice(before.lastIndexOf('\n') + 1);
  return (line.match(/`/g)?.length ?? 0) % 2 === 1;
};

export const findMentionTrigger = (value: string, caret: number): MentionTrigger | null => {
  const before = value.slice(0, caret);
  const match = TRIGGER.exec(before);
  if (!match || isInsideCode(before)) return null;
  const query = match[1] ?? '';
  return { start: caret - query.length - 1, query };
};

/** The text with the `@name` being typed replaced by the chosen handle, and the caret after it. */
export const applyMention = (value: string, trigger: MentionTrigger, caret: number, handle: string): { value: string; caret: number } => {
  const inserted = `@${handle} `;
  const rest = value
    .slice(caret)
    .replace(/^[\p{L}\p{M}\p{N}._-]*/u, '')
    .replace(/^ /, '');
  return { value: `${value.slice(0, trigger.start)}${inserted}${rest}`, caret: trigger.start + inserted.length };
};
