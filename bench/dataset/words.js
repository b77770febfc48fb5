/*
 * Vocabulary for dataset M: names, departments, customers and the words posts are made of, in
 * English and French (with accents, so search's unaccent and both text configurations matter).
 */

const split = (text) => text.trim().split(/\s+/);

export const FIRST_NAMES = split(`
  Camille Léa Manon Chloé Inès Jade Louise Emma Alice Lina Zoé Anna Rose Sarah Julie Claire Hélène
  Nathalie Sophie Élodie Amélie Margaux Pauline Lucie Agnès Béatrice Céline Maëlle Noémie Océane
  Lucas Hugo Louis Gabriel Arthur Jules Adam Raphaël Léo Nathan Théo Paul Victor Martin Thomas
  Nicolas Julien Antoine Mathieu François Étienne Jérôme Benoît Cédric Grégoire Rémi Loïc Hervé
  Olivia Amelia Isla Ava Mia Grace Freya Emily Ella Sophia Liam Noah Oliver James Henry Jack
  Leo William Oscar George Charlie Ethan Mason Logan Lucas Aiden Priya Arjun Wei Mei Yuki Kenji
  Fatima Youssef Amina Omar Leila Karim Sofia Mateo Diego Valentina Lars Ingrid Sven Astrid
`);

export const LAST_NAMES = split(`
  Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre
  Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefebvre Mercier Dupont
  Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry
  Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Lopez Fontaine Chevalier Robin
  Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Jackson White
  Harris Clark Lewis Walker Hall Allen Young King Wright Scott Green Baker Adams Nelson Hill
  Nguyen Tran Kumar Patel Sato Tanaka Chen Wang Kowalski Novak Jensen Hansen Rossi Ferrari
  Schmidt Schneider Fischer Weber Becker Hoffmann Costa Silva Santos Oliveira Haddad Benali
`);

export const DEPARTMENTS = split(`
  Sales Marketing Engineering Product Support Finance HR Legal Operations Procurement Data IT
`);

export const TITLES = {
  Sales: ['Account Executive', 'Sales Director', 'Business Developer', 'Ingénieur commercial'],
  Marketing: ['Product Marketing Manager', 'Content Lead', 'Chargée de communication'],
  Engineering: ['Software Engineer', 'Staff Engineer', 'Engineering Manager', 'Développeuse'],
  Product: ['Product Manager', 'Product Designer', 'Cheffe de produit'],
  Support: ['Support Engineer', 'Customer Success Manager', 'Technicien support'],
  Finance: ['Controller', 'Financial Analyst', 'Comptable'],
  HR: ['HR Business Partner', 'Talent Acquisition', 'Responsable RH'],
  Legal: ['Legal Counsel', 'Juriste'],
  Operations: ['Operations Manager', 'Chef de projet', 'Logistics Coordinator'],
  Procurement: ['Buyer', 'Acheteuse', 'Procurement Lead'],
  Data: ['Data Scientist', 'Data Engineer', 'Analyste'],
  IT: ['Sysadmin', 'IT Support', 'Architecte SI'],
};

export const CUSTOMERS = split(`
  Acme Globex Initech Umbrella Hooli Stark Wayne Tyrell Cyberdyne Soylent Vandelay Wonka Gringotts
  Aperture Oscorp Massive Dynamic Pied Piper Nakatomi Monarch Gekko Duff Prestige Rekall Zorg
  Bouygtel Carrefourmax Michelor Renaudine Airbuse Danonix Thaleso Saffra Veolux Ubisofte
`);

/** Common words, most frequent first (the generator draws them Zipf-wise). */
export const COMMON_EN = split(`
  the team we project customer update meeting week plan release today new next please thanks
  review issue feature deadline budget deal sprint demo feedback launch report data design
  roadmap quality support ticket contract proposal milestone risk status client invoice board
  process onboarding training hiring goal quarter revenue pipeline forecast migration deployment
  incident outage security audit compliance workshop webinar campaign lead partner vendor
  renewal pricing discount delivery shipping warehouse inventory analytics dashboard metrics
  performance latency database server cloud kubernetes api integration connector webhook mobile
  accessibility translation documentation handbook policy benefits office remote travel event
  conference offsite retrospective standup architecture refactoring testing automation pipeline
  blocker decision approval signature escalation priority backlog estimate scope requirement
`);

export const COMMON_FR = split(`
  équipe projet client réunion semaine livraison retour idée question merci bravo prochaine
  échéance budget contrat devis facture déploiement qualité sécurité réussite démonstration
  présentation formation recrutement objectif trimestre chiffre prévision migration incident
  panne audit conformité atelier séminaire campagne partenaire fournisseur renouvellement tarif
  remise expédition entrepôt stock tableau performance données serveur intégration documentation
  accessibilité traduction politique avantages bureau télétravail déplacement événement réunion
  rétrospective architecture tests automatisation décision validation signature priorité périmètre
  exigence élément général hôpital café crème forêt fenêtre début réalité société numérique
`);

export const FILLER = split(`
  is are was will be for with on in at to from about after before our your their this that it
  and or but so also just still already soon now very really quite more less than as if when
  pour avec sur dans chez depuis avant après notre votre leur ce cette et ou mais donc aussi déjà
`);

export const HASHTAGS = split(`
  roadmap release incident kudos onboarding sales q3 q4 budget hiring security design feedback
  customer win demo webinar offsite retro qualité équipe réussite sécurité innovation ai data
`);

export const SPACE_TOPICS = split(`
  Platform Mobile Payments Search Growth Brand Events Recruiting Onboarding Benefits Security
  Infrastructure Analytics Pricing Partners Support Quality Procurement Legal Compliance Design
  Accessibility Localisation Sustainability Wellbeing Architecture Runners Photography Cooking
`);
