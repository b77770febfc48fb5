/*
 * The people of the demo organisation: a French mid-size B2B company with international staff.
 * `talk` is how much someone contributes (a few voices, a long tail of readers); `onboard` is
 * how many days after the launch of Chantier they started using it.
 */

export const DEMO_DOMAIN = 'demo.chantier.test';

export const DEMO_DEPARTMENTS = {
  sales: 'Sales',
  service: 'Customer Service',
  it: 'IT',
  hr: 'Human Resources',
  marketing: 'Marketing',
  engineering: 'Engineering',
  finance: 'Finance',
} as const;

export type DepartmentKey = keyof typeof DEMO_DEPARTMENTS;

export interface PersonSpec {
  /** E-mail local part; the handle is derived from it. */
  readonly local: string;
  readonly name: string;
  readonly title: string;
  readonly dept: DepartmentKey;
  readonly locale: 'fr' | 'en';
  readonly role?: 'ADMIN' | 'ANALYST';
  readonly leader?: boolean;
  /** Relative share of contributions, 0..1. */
  readonly talk: number;
  /** Days after the launch before they first use Chantier. */
  readonly onboard: number;
  /** Hired after the launch: account created this many days before `now`. */
  readonly hiredDaysAgo?: number;
  /** Left the company: account deactivated this many days before `now`. */
  readonly leftDaysAgo?: number;
}

const p = (
  local: string,
  name: string,
  title: string,
  dept: DepartmentKey,
  locale: 'fr' | 'en',
  talk: number,
  onboard: number,
  extra: Partial<Pick<PersonSpec, 'role' | 'leader' | 'hiredDaysAgo' | 'leftDaysAgo'>> = {},
): PersonSpec => ({ local, name, title, dept, locale, talk, onboard, ...extra });

export const DEMO_PEOPLE: readonly PersonSpec[] = [
  // Demo logins first: the accounts people try the product with.
  p('admin', 'Nadia Benali', 'IT Systems Administrator', 'it', 'fr', 0.45, 0, { role: 'ADMIN' }),
  p('analyst', 'Hugo Lambert', 'People Analytics Lead', 'hr', 'fr', 0.3, 2, { role: 'ANALYST' }),
  p('alice', 'Alice Thompson', 'Senior Account Executive', 'sales', 'en', 0.8, 1),
  p('bob', 'Bob Garnier', 'Customer Success Manager', 'service', 'fr', 0.7, 2),

  // Sales
  p('laurent.mercier', 'Laurent Mercier', 'Head of Sales', 'sales', 'fr', 0.65, 1, { leader: true }),
  p('sofia.rossi', 'Sofia Rossi', 'Key Account Manager', 'sales', 'en', 0.9, 3),
  p('julien.moreau', 'Julien Moreau', 'Business Developer', 'sales', 'fr', 0.5, 6),
  p('priya.nair', 'Priya Nair', 'Sales Engineer', 'sales', 'en', 0.6, 4),
  p('emilie.fournier', 'Émilie Fournier', 'Account Manager', 'sales', 'fr', 0.35, 12),
  p('thomas.girard', 'Thomas Girard', 'Inside Sales Representative', 'sales', 'fr', 0.3, 0, { hiredDaysAgo: 26 }),

  // Customer Service
  p('nathalie.bonnet', 'Nathalie Bonnet', 'Directrice du Service Client', 'service', 'fr', 0.6, 1, { leader: true }),
  p('karim.haddad', 'Karim Haddad', 'Responsable support N2', 'service', 'fr', 1, 2),
  p('lea.chevalier', 'Léa Chevalier', 'Ingénieure support', 'service', 'fr', 0.55, 5),
  p('daniel.oconnor', "Daniel O'Connor", 'Customer Success Manager', 'service', 'en', 0.45, 8),
  p('ines.belkacem', 'Inès Belkacem', 'Conseillère clientèle', 'service', 'fr', 0.25, 15),
  p('marta.kowalska', 'Marta Kowalska', 'Support Specialist', 'service', 'en', 0.2, 20),

  // IT
  p('olivier.petit', 'Olivier Petit', 'Directeur des systèmes d’information', 'it', 'fr', 0.5, 0, { leader: true }),
  p('kevin.nguyen', 'Kevin Nguyen', 'Technicien support informatique', 'it', 'fr', 0.7, 3),
  p('samuel.adeyemi', 'Samuel Adeyemi', 'Cloud Engineer', 'it', 'en', 0.4, 7),
  p('clara.vidal', 'Clara Vidal', 'Responsable sécurité (RSSI)', 'it', 'fr', 0.4, 4),
  p('yann.legoff', 'Yann Le Goff', 'Ingénieur réseau', 'it', 'fr', 0.1, 25),

  // Human Resources
  p('isabelle.roux', 'Isabelle Roux', 'Directrice des ressources humaines', 'hr', 'fr', 0.55, 1, { leader: true }),
  p('chloe.garcia', 'Chloé Garcia', 'Chargée de recrutement', 'hr', 'fr', 0.5, 5),
  p('fatou.diallo', 'Fatou Diallo', 'HR Business Partner', 'hr', 'fr', 0.3, 9),
  p('emma.clarke', 'Emma Clarke', 'Learning & Development Manager', 'hr', 'en', 0.45, 6),
  p('pauline.mathieu', 'Pauline Mathieu', 'Gestionnaire paie', 'hr', 'fr', 0.15, 10, { leftDaysAgo: 19 }),

  // Marketing
  p('sarah.levy', 'Sarah Lévy', 'Head of Marketing', 'marketing', 'fr', 0.6, 2, { leader: true }),
  p('lucas.bernard', 'Lucas Bernard', 'Responsable contenu', 'marketing', 'fr', 0.85, 3),
  p('hannah.schmidt', 'Hannah Schmidt', 'Product Marketing Manager', 'marketing', 'en', 0.5, 6),
  p('maxime.robin', 'Maxime Robin', 'Growth Marketer', 'marketing', 'fr', 0.3, 14),
  p('aicha.traore', 'Aïcha Traoré', 'Cheffe de projet événementiel', 'marketing', 'fr', 0.45, 8),
  p('oliver.bennett', 'Oliver Bennett', 'Brand Designer', 'marketing', 'en', 0.15, 22),

  // Engineering
  p('antoine.lefebvre', 'Antoine Lefebvre', 'VP Engineering', 'engineering', 'fr', 0.5, 1, { leader: true }),
  p('mei.chen', 'Mei Chen', 'Tech Lead', 'engineering', 'en', 0.9, 2),
  p('raphael.blanc', 'Raphaël Blanc', 'Développeur backend', 'engineering', 'fr', 0.45, 7),
  p('joao.silva', 'João Silva', 'Frontend Developer', 'engineering', 'en', 0.35, 10),
  p('camille.durand', 'Camille Durand', 'Product Manager', 'engineering', 'fr', 0.85, 2),
  p('arjun.patel', 'Arjun Patel', 'QA Engineer', 'engineering', 'en', 0.25, 13),
  p('zoe.marchand', 'Zoé Marchand', 'Ingénieure DevOps', 'engineering', 'fr', 0.4, 0, { hiredDaysAgo: 37 }),

  // Finance
  p('philippe.lemaire', 'Philippe Lemaire', 'Directeur administratif et financier', 'finance', 'fr', 0.35, 4, { leader: true }),
  p('sandrine.faure', 'Sandrine Faure', 'Contrôleuse de gestion', 'finance', 'fr', 0.4, 6),
  p('elena.petrova', 'Elena Petrova', 'Financial Analyst', 'finance', 'en', 0.25, 11),
  p('mathieu.roussel', 'Mathieu Roussel', 'Comptable fournisseurs', 'finance', 'fr', 0.08, 30),
  p('grace.okafor', 'Grace Okafor', 'Revenue Operations Analyst', 'finance', 'en', 0.3, 9),
];

/** Departments whose people answer questions on a theme. */
export const EXPERTS_BY_THEME: Readonly<Record<string, readonly DepartmentKey[]>> = {
  sales: ['sales', 'finance'],
  deal: ['sales', 'finance'],
  support: ['service', 'engineering'],
  it: ['it'],
  engineering: ['engineering', 'it'],
  delivery: ['engineering', 'service'],
  marketing: ['marketing', 'sales'],
  hr: ['hr'],
  finance: ['finance'],
  leadership: ['hr', 'finance'],
  social: ['hr', 'marketing'],
  company: ['hr', 'it'],
};
