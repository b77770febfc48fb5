import { type ProjectStatus, slugify, type Visibility } from '@chantier/domain';

import type { Theme } from './demo-model.js';
import type { DepartmentKey } from './demo-people.js';

/*
 * Groups and project spaces of the demo organisation. Chantier went live LAUNCH_DAYS_AGO days
 * before `now`; every space was opened since, projects often started earlier in the CRM or Jira.
 * Day counts are "days before now" (negative = in the future).
 */

export const LAUNCH_DAYS_AGO = 89;

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

export const DEMO_SPACES: readonly SpaceSpec[] = [
  // Groups
  {
    key: 'sales-team',
    name: 'Équipe commerciale',
    kind: 'GROUP',
    visibility: 'PRIVATE',
    theme: 'sales',
    description: 'Pipeline, retours terrain et entraide entre commerciaux. Réservé à l’équipe Sales et à ses partenaires internes.',
    owner: 'laurent.mercier',
    moderators: ['sofia.rossi'],
    departments: ['sales'],
    members: ['grace.okafor', 'philippe.lemaire', 'hannah.schmidt'],
    createdDaysAgo: 88,
    weight: 1.2,
  },
  {
    key: 'support',
    name: 'Support client — entraide',
    kind: 'GROUP',
    visibility: 'PUBLIC',
    theme: 'support',
    description: 'Incidents en cours, astuces, questions sur les tickets difficiles. Tout le monde peut aider !',
    owner: 'nathalie.bonnet',
    moderators: ['karim.haddad'],
    departments: ['service'],
    members: ['mei.chen', 'raphael.blanc', 'arjun.patel', 'alice', 'sofia.rossi'],
    extra: 6,
    createdDaysAgo: 87,
    weight: 1.4,
  },
  {
    key: 'it-help',
    name: 'IT Helpdesk',
    kind: 'GROUP',
    visibility: 'PUBLIC',
    theme: 'it',
    description: 'Ask IT anything: laptops, accounts, VPN, printers. Planned maintenance is announced here first.',
    owner: 'admin',
    moderators: ['kevin.nguyen'],
    departments: ['it'],
    extra: 22,
    createdDaysAgo: 89,
    weight: 1,
  },
  {
    key: 'eng-guild',
    name: 'Engineering Guild',
    kind: 'GROUP',
    visibility: 'PUBLIC',
    theme: 'engineering',
    description: 'Releases, RFCs, post-mortems and the occasional hot take. Everyone welcome, especially support.',
    owner: 'antoine.lefebvre',
    moderators: ['mei.chen'],
    departments: ['engineering'],
    members: ['samuel.adeyemi', 'clara.vidal', 'priya.nair', 'karim.haddad'],
    extra: 3,
    createdDaysAgo: 86,
    weight: 1.2,
  },
  {
    key: 'marketing',
    name: 'Marketing & Événements',
    kind: 'GROUP',
    visibility: 'PUBLIC',
    theme: 'marketing',
    description: 'Campagnes, salons, cas clients et supports de vente. Dites-nous ce dont vous avez besoin.',
    owner: 'sarah.levy',
    moderators: ['lucas.bernard'],
    departments: ['marketing'],
    members: ['alice', 'laurent.mercier', 'julien.moreau', 'camille.durand'],
    extra: 6,
    createdDaysAgo: 85,
    weight: 0.9,
  },
  {
    key: 'people',
    name: 'People & Culture',
    kind: 'GROUP',
    visibility: 'PUBLIC',
    theme: 'hr',
    description: 'Les actualités RH : arrivées, formations, entretiens, avantages. Questions bienvenues.',
    owner: 'isabelle.roux',
    moderators: ['emma.clarke'],
    departments: ['hr'],
    extra: 20,
    createdDaysAgo: 84,
    weight: 0.8,
  },
  {
    key: 'finance',
    name: 'Contrôle de gestion',
    kind: 'GROUP',
    visibility: 'PRIVATE',
    theme: 'finance',
    description: 'Clôtures, budgets et rentabilité des projets, entre la finance et les directions.',
    owner: 'philippe.lemaire',
    moderators: ['sandrine.faure'],
    departments: ['finance'],
    members: ['laurent.mercier', 'nathalie.bonnet', 'antoine.lefebvre', 'olivier.petit'],
    createdDaysAgo: 80,
    weight: 0.5,
  },
  {
    key: 'codir',
    name: 'Comité de direction',
    kind: 'GROUP',
    visibility: 'SECRET',
    theme: 'leadership',
    description: 'Espace du comité de direction.',
    owner: 'isabelle.roux',
    moderators: ['philippe.lemaire'],
    members: ['laurent.mercier', 'nathalie.bonnet', 'olivier.petit', 'sarah.levy', 'antoine.lefebvre'],
    createdDaysAgo: 82,
    weight: 0.45,
  },
  {
    key: 'lyon',
    name: 'Vie au bureau — Lyon',
    kind: 'GROUP',
    visibility: 'PUBLIC',
    theme: 'social',
    description: 'Déjeuners, afterworks, objets trouvés et infos pratiques du site de Lyon.',
    owner: 'aicha.traore',
    moderators: ['fatou.diallo'],
    extra: 26,
    createdDaysAgo: 83,
    weight: 0.7,
  },
  {
    key: 'running',
    name: 'Running & vélo',
    kind: 'GROUP',
    visibility: 'PUBLIC',
    theme: 'social',
    description: 'Sorties du midi, défis du mois et covoiturage à vélo.',
    owner: 'raphael.blanc',
    members: ['bob', 'mei.chen', 'lucas.bernard', 'samuel.adeyemi'],
    extra: 9,
    createdDaysAgo: 70,
    weight: 0.35,
  },
  {
    key: 'security',
    name: 'Security Champions',
    kind: 'GROUP',
    visibility: 'PRIVATE',
    theme: 'it',
    description: 'Security topics before they go public: vulnerabilities, phishing campaigns, audits.',
    owner: 'clara.vidal',
    moderators: ['samuel.adeyemi'],
    departments: ['it'],
    members: ['mei.chen', 'zoe.marchand', 'raphael.blanc', 'karim.haddad', 'bob'],
    createdDaysAgo: 60,
    weight: 0.45,
  },

  // Project spaces, one per business project
  {
    key: 'vellard',
    name: 'Vellard — Renouvellement 2026',
    kind: 'PROJECT',
    visibility: 'PRIVATE',
    theme: 'deal',
    description: 'Renewal and extension of the Groupe Vellard contract. Sales, support and delivery in one room.',
    owner: 'alice',
    moderators: ['sofia.rossi'],
    members: ['bob', 'priya.nair', 'karim.haddad', 'grace.okafor', 'laurent.mercier', 'camille.durand', 'daniel.oconnor'],
    createdDaysAgo: 74,
    weight: 1.3,
    project: {
      externalKey: 'crm:OPP-1042',
      customer: 'Groupe Vellard',
      status: 'ACTIVE',
      goal: 'Renouveler le contrat de maintenance pour 3 ans et étendre la planification à 4 nouveaux sites.',
      targetValue: 480_000,
      currency: 'EUR',
      outcomeValue: null,
      startDaysAgo: 76,
      endDaysAgo: -45,
    },
  },
  {
    key: 'nordalis',
    name: 'Portail client Nordalis',
    kind: 'PROJECT',
    visibility: 'PUBLIC',
    theme: 'delivery',
    description: 'Livraison du portail self-service de Nordalis Énergie : suivi des interventions, factures et tickets.',
    owner: 'camille.durand',
    moderators: ['mei.chen'],
    members: ['raphael.blanc', 'joao.silva', 'arjun.patel', 'bob', 'lea.chevalier', 'daniel.oconnor', 'sofia.rossi', 'zoe.marchand'],
    createdDaysAgo: 86,
    weight: 1.1,
    quietAfterDaysAgo: 16,
    project: {
      externalKey: 'jira:NORD',
      customer: 'Nordalis Énergie',
      status: 'DELIVERED',
      goal: 'Livrer un portail self-service pour 12 000 clients professionnels et réduire les appels de suivi de 30 %.',
      targetValue: 260_000,
      currency: 'EUR',
      outcomeValue: 248_500,
      startDaysAgo: 210,
      endDaysAgo: 20,
      closedDaysAgo: 20,
    },
  },
  {
    key: 'orsay',
    name: 'Banque Orsay — Centre de contact',
    kind: 'PROJECT',
    visibility: 'PRIVATE',
    theme: 'deal',
    description: 'Opportunité : remplacement de l’outil du centre de contact de la Banque Orsay (180 conseillers).',
    owner: 'sofia.rossi',
    moderators: ['laurent.mercier'],
    members: ['priya.nair', 'julien.moreau', 'grace.okafor', 'philippe.lemaire', 'nathalie.bonnet', 'karim.haddad'],
    createdDaysAgo: 84,
    weight: 0.9,
    quietAfterDaysAgo: 35,
    project: {
      externalKey: 'crm:OPP-1120',
      customer: 'Banque Orsay',
      status: 'WON',
      goal: 'Signer le remplacement de l’outil de centre de contact (180 conseillers, 3 sites).',
      targetValue: 295_000,
      currency: 'EUR',
      outcomeValue: 312_500,
      startDaysAgo: 130,
      endDaysAgo: 41,
      closedDaysAgo: 41,
    },
  },
  {
    key: 'kerval',
    name: 'Kerval — Appel d’offres flotte connectée',
    kind: 'PROJECT',
    visibility: 'PUBLIC',
    theme: 'deal',
    description: 'Réponse à l’appel d’offres télématique de Transports Kerval (1 400 véhicules).',
    owner: 'julien.moreau',
    members: ['priya.nair', 'emilie.fournier', 'mei.chen', 'samuel.adeyemi', 'laurent.mercier', 'hannah.schmidt'],
    createdDaysAgo: 78,
    weight: 0.8,
    quietAfterDaysAgo: 31,
    project: {
      externalKey: 'crm:OPP-1187',
      customer: 'Transports Kerval',
      status: 'LOST',
      goal: 'Remporter l’appel d’offres de télématique embarquée pour 1 400 véhicules.',
      targetValue: 540_000,
      currency: 'EUR',
      outcomeValue: null,
      startDaysAgo: 80,
      endDaysAgo: 33,
      closedDaysAgo: 33,
    },
  },
  {
    key: 'lumen',
    name: 'Lumen Pharma — App mobile v2',
    kind: 'PROJECT',
    visibility: 'PUBLIC',
    theme: 'delivery',
    description: 'Refonte de l’application mobile des visiteurs médicaux de Lumen Pharma.',
    owner: 'joao.silva',
    moderators: ['camille.durand'],
    members: ['oliver.bennett', 'arjun.patel', 'hannah.schmidt', 'daniel.oconnor'],
    createdDaysAgo: 88,
    weight: 0.7,
    quietAfterDaysAgo: 48,
    project: {
      externalKey: 'jira:LUM',
      customer: 'Lumen Pharma',
      status: 'CANCELLED',
      goal: 'Livrer une application hors ligne avec signature électronique pour 300 visiteurs médicaux.',
      targetValue: 180_000,
      currency: 'EUR',
      outcomeValue: null,
      startDaysAgo: 110,
      endDaysAgo: 50,
      closedDaysAgo: 50,
    },
  },
  {
    key: 'heron',
    name: 'Projet Héron',
    kind: 'PROJECT',
    visibility: 'SECRET',
    theme: 'leadership',
    description: 'Étude d’acquisition. Strictement confidentiel.',
    owner: 'philippe.lemaire',
    moderators: ['laurent.mercier'],
    members: ['isabelle.roux', 'olivier.petit', 'antoine.lefebvre', 'sandrine.faure', 'elena.petrova'],
    createdDaysAgo: 27,
    weight: 0.5,
    project: {
      externalKey: 'mna:HERON',
      customer: 'Orbis Maintenance SAS',
      status: 'PLANNED',
      goal: 'Étudier l’acquisition d’un intégrateur régional de 45 personnes pour renforcer la maintenance terrain dans l’Ouest.',
      targetValue: 3_200_000,
      currency: 'EUR',
      outcomeValue: null,
      startDaysAgo: -20,
      endDaysAgo: -200,
    },
  },
  {
    key: 'helpdesk',
    name: 'Migration du support vers Chantier',
    kind: 'PROJECT',
    visibility: 'PUBLIC',
    theme: 'delivery',
    description: 'Brancher le help desk et la boîte support sur les espaces projet : chaque échange client dans un seul fil.',
    owner: 'nathalie.bonnet',
    moderators: ['karim.haddad'],
    members: [
      'bob',
      'lea.chevalier',
      'kevin.nguyen',
      'admin',
      'mei.chen',
      'zoe.marchand',
      'ines.belkacem',
      'marta.kowalska',
      'olivier.petit',
    ],
    createdDaysAgo: 62,
    weight: 0.9,
    project: {
      externalKey: 'jira:CHAN',
      customer: 'Service client (interne)',
      status: 'ACTIVE',
      goal: 'Ne plus jamais faire répéter son histoire à un client : tickets, mails et CRM dans un seul fil par client.',
      targetValue: 60_000,
      currency: 'EUR',
      outcomeValue: null,
      startDaysAgo: 62,
      endDaysAgo: -30,
    },
  },
  {
    key: 'harbor',
    name: 'Harbor Health — Pilot',
    kind: 'PROJECT',
    visibility: 'PUBLIC',
    theme: 'deal',
    description: 'US pilot with Harbor Health: 60 field technicians, 90 days, then a go/no-go on the full rollout.',
    owner: 'priya.nair',
    moderators: ['alice'],
    members: ['daniel.oconnor', 'hannah.schmidt', 'mei.chen', 'grace.okafor', 'elena.petrova'],
    createdDaysAgo: 40,
    weight: 0.7,
    project: {
      externalKey: 'crm:OPP-1301',
      customer: 'Harbor Health Inc.',
      status: 'ACTIVE',
      goal: 'Run a 90-day pilot with 60 technicians and convert it into a 3-year rollout.',
      targetValue: 150_000,
      currency: 'USD',
      outcomeValue: null,
      startDaysAgo: 45,
      endDaysAgo: -60,
    },
  },
];

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
