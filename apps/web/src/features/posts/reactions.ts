import type { IconName } from '@chantier/ui';
import type { ReactionType } from 'src/gql/graphql';

export const REACTION_TYPES: readonly ReactionType[] = ['LIKE', 'CELEBRATE', 'INSIGHTFUL', 'SUPPORT'];

export const REACTION_ICON: Record<ReactionType, IconName> = {
  LIKE: 'thumbUp',
  CELEBRATE: 'confetti',
  INSIGHTFUL: 'bulb',
  SUPPORT: 'heart',
};

export interface ReactionCountLike {
  type: ReactionType;
  count: number;
}

/** The counts after the viewer toggles `type`: what the server will answer, shown at once. */
export const toggleReactionCounts = (
  counts: readonly ReactionCountLike[],
  current: ReactionType | null,
  type: ReactionType,
): { counts: ReactionCountLike[]; viewerReaction: ReactionType | null } => {
  const next = new Map(counts.map((c) => [c.type, c.count]));
  const bump = (t: ReactionType, delta: number) => next.set(t, Math.max(0, (next.get(t) ?? 0) + delta));
  if (current) bump(current, -1);
  const viewerReaction = current === type ? null : type;
  if (viewerReaction) bump(viewerReaction, +1);
  return {
    counts: REACTION_TYPES.map((t) => ({ type: t, count: next.get(t) ?? 0 })).filter((c) => c.count > 0),
    viewerReaction,
  };
};
