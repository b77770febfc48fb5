import { scripted as s, type ScriptedPost } from './demo-scripted-post.js';

/* Milestones of the closed projects: delivered, won, lost and cancelled. */

/** Nordalis (PUBLIC, delivered). */
export const NORDALIS_MILESTONES: readonly ScriptedPost[] = [
  s(
    'nordalis',
    'camille.durand',
    86,
    11,
    'ANNOUNCEMENT',
    'fr',
    '## Portail client Nordalis\n\nCet espace remplace nos fils de mails avec l’équipe Nordalis.\n\n- backlog et tickets : `jira:NORD`\n- démo de fin de sprint tous les quinze jours\n- mise en production visée dans deux mois et demi\n\n@mei.chen pilote la technique, @bob fait le lien avec le support. #nordalis',
    { pinned: true },
  ),
  s(
    'nordalis',
    'mei.chen',
    55,
    16,
    'STATUS',
    'en',
    'Sprint 9 demo done: invoices and intervention history are now in the portal. Nordalis asked for a CSV export of tickets — sized at 3 points, going into sprint 10. #sprint',
  ),
  s(
    'nordalis',
    'camille.durand',
    24,
    9.5,
    'ANNOUNCEMENT',
    'fr',
    '**Plan de bascule** : mise en production dans la nuit de jeudi à vendredi. Gel du code mercredi midi, répétition générale mardi. @bob merci de prévenir les interlocuteurs support côté client. #golive',
  ),
  s(
    'nordalis',
    'camille.durand',
    20,
    8.5,
    'ANNOUNCEMENT',
    'fr',
    '✅ **Portail Nordalis livré.** Bascule terminée à 6 h 40, tous les contrôles sont au vert. Le projet passe en *Delivered*. Merci à tous, vraiment. #golive',
    { mood: 'celebrate', buzz: 2 },
  ),
  s(
    'nordalis',
    'bob',
    15,
    14,
    'STATUS',
    'fr',
    'Premiers retours clients sur le portail : les demandes de duplicata de facture ont quasiment disparu du support 👏 Deux remarques sur le filtre des interventions, notées dans NORD-212.',
  ),
];

/** Orsay (PRIVATE, won). */
export const ORSAY_MILESTONES: readonly ScriptedPost[] = [
  s(
    'orsay',
    'sofia.rossi',
    84,
    10,
    'ANNOUNCEMENT',
    'en',
    '## Banque Orsay — deal room\n\nTarget: €295k, 180 advisors on three sites, decision expected within two months.\n\n- pricing questions go to @laurent.mercier\n- support commitments are checked with @nathalie.bonnet before anything is promised\n- RFP answers live in this thread, one post per chapter\n\n#orsay',
    { pinned: true },
  ),
  s(
    'orsay',
    'priya.nair',
    68,
    17,
    'STATUS',
    'en',
    'Proof of concept results: call routing handled the test load with room to spare, and the CRM screen-pop worked first time. Their IT lead was visibly relieved 😄 Report attached to the opportunity.',
  ),
  s(
    'orsay',
    'karim.haddad',
    55,
    11,
    'QUESTION',
    'fr',
    'Orsay demande un engagement de reprise en moins de 4 h en cas d’incident majeur. On sait tenir ça avec l’astreinte actuelle ? @nathalie.bonnet',
  ),
  s(
    'orsay',
    'laurent.mercier',
    41,
    15.5,
    'ANNOUNCEMENT',
    'fr',
    '🎉 **Signé !** Banque Orsay s’engage sur trois ans pour 312 500 €, au-dessus de notre cible. Bravo @sofia.rossi, @priya.nair, et merci à toute l’équipe.',
    { mood: 'celebrate', buzz: 3 },
  ),
  s(
    'orsay',
    'sofia.rossi',
    36,
    10,
    'STATUS',
    'en',
    'Handover to delivery booked for Tuesday. I summarised every commitment made during the sale in one post, so nobody has to dig through the thread. #handover',
  ),
];

/** Kerval (PUBLIC, lost). */
export const KERVAL_MILESTONES: readonly ScriptedPost[] = [
  s(
    'kerval',
    'julien.moreau',
    78,
    9,
    'ANNOUNCEMENT',
    'fr',
    '## Appel d’offres Kerval\n\nCalendrier :\n1. questions écrites sous 10 jours\n2. remise des offres dans 5 semaines\n3. soutenance la semaine suivante\n\nObjectif : 1 400 véhicules équipés. @priya.nair prend la partie technique, @emilie.fournier le chiffrage.',
    { pinned: true },
  ),
  s(
    'kerval',
    'priya.nair',
    60,
    16,
    'STATUS',
    'en',
    'Technical defence went well overall. Their fleet manager pushed hard on tracking in tunnels — our answer was solid, but the competitor has a dedicated hardware box. #kerval',
  ),
  s(
    'kerval',
    'julien.moreau',
    33,
    11,
    'ANNOUNCEMENT',
    'fr',
    'Mauvaise nouvelle : **Kerval a retenu un concurrent.** Écart de prix d’environ 12 % et un boîtier matériel que nous n’avons pas. Merci à tous pour l’énergie mise dans cette réponse ; retour d’expérience la semaine prochaine.',
    { mood: 'support', buzz: 2 },
  ),
  s(
    'kerval',
    'laurent.mercier',
    31,
    14,
    'STATUS',
    'fr',
    'Retour d’expérience Kerval :\n- on a compris tard que le matériel pesait autant que le logiciel\n- notre offre était la meilleure sur l’usage\n- pour les prochains appels d’offres flotte : un partenaire matériel\n\n@hannah.schmidt on en fait une fiche pour le marketing ?',
  ),
];

/** Lumen (PUBLIC, cancelled). */
export const LUMEN_MILESTONES: readonly ScriptedPost[] = [
  s(
    'lumen',
    'joao.silva',
    88,
    14,
    'ANNOUNCEMENT',
    'en',
    '## Lumen Pharma — mobile app v2\n\nScope: offline-first visits, e-signature of samples, sync with their CRM. Designs by @oliver.bennett are linked below. Sprint reviews every other Thursday with Lumen’s product owner. #lumen',
    { pinned: true },
  ),
  s(
    'lumen',
    'camille.durand',
    65,
    10,
    'STATUS',
    'fr',
    'Lumen revient avec un changement important : la signature électronique doit passer par leur prestataire certifié. Impact estimé : quatre semaines de plus. On en parle au comité de jeudi.',
  ),
  s(
    'lumen',
    'camille.durand',
    50,
    9,
    'ANNOUNCEMENT',
    'fr',
    '**Projet arrêté.** Lumen Pharma suspend la refonte de l’application après sa réorganisation commerciale. Le travail réalisé est facturé selon le contrat. Merci à toute l’équipe ; le module hors ligne servira à d’autres clients.',
    { mood: 'support', buzz: 1 },
  ),
];
