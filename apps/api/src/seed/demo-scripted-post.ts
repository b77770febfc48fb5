import type { Lang, Mood } from './demo-model.js';

/** A milestone of the demo story (see demo-milestones.ts). */
export interface ScriptedPost {
  /** Space key, or null for the company-wide stream. */
  readonly space: string | null;
  readonly author: string;
  readonly daysAgo: number;
  /** Paris wall-clock hour, e.g. 9.5 = 9:30. */
  readonly hour: number;
  readonly kind: 'STATUS' | 'QUESTION' | 'ANNOUNCEMENT';
  readonly lang: Lang;
  readonly body: string;
  readonly pinned?: boolean;
  readonly mood?: Mood;
  /** How much more attention than an everyday post (extra comments and reactions). */
  readonly buzz?: number;
}

/** Builds a scripted post; the milestone lists call it `s`. */
export const scripted = (
  space: string | null,
  author: string,
  daysAgo: number,
  hour: number,
  kind: ScriptedPost['kind'],
  lang: Lang,
  body: string,
  extra: Pick<ScriptedPost, 'pinned' | 'mood' | 'buzz'> = {},
): ScriptedPost => ({ space, author, daysAgo, hour, kind, lang, body, ...extra });
