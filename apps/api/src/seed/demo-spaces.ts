import { slugify } from '@chantier/domain';

import type { SpaceSpec } from './demo-model.js';
import { DEMO_GROUP_SPACES } from './demo-spaces-groups.js';
import { DEMO_PROJECT_SPACES } from './demo-spaces-projects.js';

/*
 * Groups and project spaces of the demo organisation. Chantier went live LAUNCH_DAYS_AGO days
 * before `now`; every space was opened since, projects often started earlier in the CRM or Jira.
 * Day counts are "days before now" (negative = in the future).
 */

export const LAUNCH_DAYS_AGO = 89;

/** Groups first, then project spaces: the seed draws random numbers in this order. */
export const DEMO_SPACES: readonly SpaceSpec[] = [...DEMO_GROUP_SPACES, ...DEMO_PROJECT_SPACES];

const specOf = (key: string): SpaceSpec => DEMO_SPACES.find((s) => s.key === key)!;

/** A SECRET project space neither alice nor bob belongs to (e2e: bob cannot open its posts). */
export const DEMO_SECRET_SPACE_SLUG = slugify(specOf('heron').name);
/** A PROJECT space where alice and bob are both members. */
export const DEMO_SHARED_PROJECT_SLUG = slugify(specOf('vellard').name);
/** A SECRET group (the leadership committee), also without alice and bob. */
export const DEMO_SECRET_GROUP_SLUG = slugify(specOf('codir').name);

/**
 * Accounts mentioned in everyday chatter outside project spaces: installed customers only, so a
 * group never contradicts a project's story (a lost tender, a cancelled app).
 */
export const DEMO_CUSTOMERS = [
  'Groupe Vellard',
  'Nordalis Énergie',
  'Hôtels Beaulieu',
  'Clinique Saint-Roch',
  'Brightwater Logistics',
  'Cartonnerie Vasseur',
  'Maison Darrieux',
  'Alpine Sports Co.',
  'Mutuelle Ardoise',
  'Fromageries du Jura',
  'Keller Bau GmbH',
] as const;
