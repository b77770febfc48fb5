import type { Lang, Mood, TextBook, TextKind, Theme, ThemeTexts } from './demo-model.js';
import { BUSINESS_TEXTS } from './demo-texts-business.js';
import { ANSWER_FAMILY, ANSWERS, COMMENTS } from './demo-texts-comments.js';
import { PEOPLE_TEXTS } from './demo-texts-people.js';
import { TECH_TEXTS } from './demo-texts-tech.js';
import { Deck, type SeededRandom } from './seeded-random.js';

/** What the slots of a text are filled with. */
export interface SlotValues {
  readonly lang: Lang;
  readonly customer: string;
  readonly project: string;
  readonly currency: string;
  /** `@handle` of someone who can read the place (never the writer), or null when nobody can. */
  readonly mention: () => string | null;
}

const BOOKS: readonly TextBook[] = [BUSINESS_TEXTS, TECH_TEXTS, PEOPLE_TEXTS];

const themeTexts = (lang: Lang, theme: Theme): ThemeTexts => {
  for (const book of BOOKS) {
    const texts = book[lang][theme];
    if (texts) return texts;
  }
  throw new Error(`no demo texts for ${lang}/${theme}`);
};

const DAYS: Readonly<Record<Lang, readonly string[]>> = {
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
};

const NOBODY: Readonly<Record<Lang, string>> = { fr: 'l’équipe', en: 'the team' };

/** Draws texts without close repeats and fills their slots. */
export class TextComposer {
  private readonly decks = new Map<string, Deck<string>>();

  constructor(private readonly rng: SeededRandom) {}

  post(theme: Theme, kind: TextKind, slots: SlotValues): string {
    return this.fill(
      this.draw(`post:${slots.lang}:${theme}:${kind}`, () => themeTexts(slots.lang, theme)[kind]),
      slots,
    );
  }

  /** An answer to a question on this theme. */
  answer(theme: Theme, slots: SlotValues): string {
    const family = ANSWER_FAMILY[theme];
    return this.fill(
      this.draw(`answer:${slots.lang}:${family}`, () => ANSWERS[slots.lang][family]),
      slots,
    );
  }

  /** A comment on a post, in the tone of its mood. */
  comment(mood: Mood, slots: SlotValues): string {
    return this.fill(
      this.draw(`comment:${slots.lang}:${mood}`, () => COMMENTS[slots.lang][mood]),
      slots,
    );
  }

  reply(slots: SlotValues): string {
    return this.fill(
      this.draw(`reply:${slots.lang}`, () => COMMENTS[slots.lang].reply),
      slots,
    );
  }

  /** The asker thanking whoever answered. */
  thanks(slots: SlotValues): string {
    return this.fill(
      this.draw(`thanks:${slots.lang}`, () => COMMENTS[slots.lang].thanks),
      slots,
    );
  }

  /** Fills the slots of a template ({@}, {customer}, {project}, {ticket}, {n}, {pct}, {amount}, {day}). */
  fill(template: string, slots: SlotValues): string {
    return template.replace(/\{(@|customer|project|ticket|n|pct|amount|day)\}/g, (_, slot: string) => {
      switch (slot) {
        case '@':
          return slots.mention() ?? NOBODY[slots.lang];
        case 'customer':
          return slots.customer;
        case 'project':
          return slots.project;
        case 'ticket':
          return `SUP-${this.rng.int(1200, 9800)}`;
        case 'n':
          return String(this.rng.int(2, 12));
        case 'pct':
          return String(this.rng.int(6, 38));
        case 'amount':
          return this.amount(slots);
        default:
          return this.rng.pick(DAYS[slots.lang]);
      }
    });
  }

  private amount(slots: SlotValues): string {
    const thousands = this.rng.int(3, 60) * 5;
    if (slots.currency === 'USD') return `$${thousands}k`;
    return slots.lang === 'fr' ? `${thousands} k€` : `€${thousands}k`;
  }

  private draw(key: string, items: () => readonly string[]): string {
    let deck = this.decks.get(key);
    if (!deck) {
      deck = new Deck(items(), this.rng.fork(key));
      this.decks.set(key, deck);
    }
    return deck.draw();
  }
}
