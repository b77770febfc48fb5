import type { PostKind, ProjectStatus, ReactionType, SpaceRole, Visibility } from '@chantier/domain';

import type { DepartmentKey, PersonSpec } from './demo-people.js';

/** What a space (or the company stream) talks about; picks the texts and who answers questions. */
export type Theme =
  'sales' | 'deal' | 'support' | 'finance' | 'it' | 'engineering' | 'delivery' | 'marketing' | 'hr' | 'social' | 'leadership' | 'company';

export type Lang = 'fr' | 'en';
export type TextKind = 'status' | 'question' | 'announcement';
export type ThemeTexts = Readonly<Record<TextKind, readonly string[]>>;
export type TextBook = Readonly<Record<Lang, Partial<Record<Theme, ThemeTexts>>>>;

/** How people feel about a post: decides reaction types and the tone of comments. */
export type Mood = 'neutral' | 'celebrate' | 'support';

export interface DemoPerson {
  readonly id: string;
  readonly spec: PersonSpec;
  readonly email: string;
  readonly handle: string;
  readonly departmentId: string;
  readonly activatedAt: Date;
  readonly deactivatedAt: Date | null;
  /** First day they use Chantier: nothing of theirs happens before. */
  readonly onboardAt: Date;
}

export interface DemoMember {
  readonly person: DemoPerson;
  readonly role: SpaceRole;
  since: Date;
}

export interface DemoSpace {
  readonly id: string;
  readonly spec: SpaceSpec;
  readonly slug: string;
  readonly visibility: Visibility;
  readonly createdAt: Date;
  readonly owner: DemoPerson;
  readonly projectId: string | null;
  /** personId → membership, in the order people joined the list. */
  readonly members: Map<string, DemoMember>;
}

export interface DemoFollow {
  readonly follower: DemoPerson;
  readonly targetUser: DemoPerson | null;
  readonly targetSpace: DemoSpace | null;
  readonly at: Date;
}

export interface DemoPost {
  readonly id: string;
  readonly space: DemoSpace | null;
  readonly author: DemoPerson;
  readonly kind: PostKind;
  readonly body: string;
  readonly lang: Lang;
  readonly at: Date;
  pinned: boolean;
  commentCount: number;
}

export interface DemoComment {
  readonly id: string;
  readonly post: DemoPost;
  readonly parent: DemoComment | null;
  readonly author: DemoPerson;
  readonly body: string;
  readonly at: Date;
}

export interface DemoReaction {
  readonly user: DemoPerson;
  readonly targetType: 'POST' | 'COMMENT';
  readonly targetId: string;
  readonly type: ReactionType;
  readonly at: Date;
}

/** One row of the activity log, shaped as the API writes it (ANALYTICS.md §0.1–0.2). */
export interface ActivityRow {
  readonly at: Date;
  readonly actorId: string;
  readonly verb: string;
  readonly targetType: 'post' | 'comment' | 'person' | 'space' | 'project' | null;
  readonly targetId: string | null;
  readonly threadId: string | null;
  readonly targetAuthorId: string | null;
  readonly spaceId: string | null;
  readonly meta: Record<string, unknown>;
}

export interface ProjectSpec {
  readonly externalKey: string;
  readonly customer: string;
  readonly status: ProjectStatus;
  readonly goal: string;
  readonly targetValue: number;
  readonly currency: string;
  readonly outcomeValue: number | null;
  readonly startDaysAgo: number;
  readonly endDaysAgo: number;
  /** When the status reached its final value (WON, LOST, DELIVERED, CANCELLED). */
  readonly closedDaysAgo?: number;
}

export interface SpaceSpec {
  readonly key: string;
  readonly name: string;
  readonly kind: 'GROUP' | 'PROJECT';
  readonly visibility: Visibility;
  readonly description: string;
  readonly theme: Theme;
  readonly owner: string;
  readonly moderators?: readonly string[];
  readonly members?: readonly string[];
  readonly departments?: readonly DepartmentKey[];
  /** Extra people who joined out of interest (drawn at random). */
  readonly extra?: number;
  readonly createdDaysAgo: number;
  /** Relative share of the everyday posts. */
  readonly weight: number;
  /** After this day the space goes quiet (a closed project): only a trickle of posts. */
  readonly quietAfterDaysAgo?: number;
  readonly project?: ProjectSpec;
}
