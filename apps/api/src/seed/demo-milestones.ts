import { KERVAL_MILESTONES, LUMEN_MILESTONES, NORDALIS_MILESTONES, ORSAY_MILESTONES } from './demo-milestones-closed.js';
import { COMPANY_MILESTONES, GROUP_MILESTONES } from './demo-milestones-company.js';
import { HARBOR_MILESTONES, HELPDESK_MILESTONES, HERON_MILESTONES, VELLARD_MILESTONES } from './demo-milestones-open.js';
import type { ScriptedPost } from './demo-scripted-post.js';

export type { ScriptedPost } from './demo-scripted-post.js';

/*
 * The story of the demo organisation: launch, kickoffs, wins, a lost tender, a cancelled
 * project, a delivery. Placed on fixed days before `now` (moved to the previous weekday when
 * that day is a weekend); everyday chatter is generated around them.
 */

/** Every milestone, in the order the seed publishes them (it draws random numbers in this order). */
export const SCRIPTED_POSTS: readonly ScriptedPost[] = [
  ...COMPANY_MILESTONES,
  ...GROUP_MILESTONES,
  ...VELLARD_MILESTONES,
  ...NORDALIS_MILESTONES,
  ...ORSAY_MILESTONES,
  ...KERVAL_MILESTONES,
  ...LUMEN_MILESTONES,
  ...HERON_MILESTONES,
  ...HELPDESK_MILESTONES,
  ...HARBOR_MILESTONES,
];
