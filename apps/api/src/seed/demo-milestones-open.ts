import { scripted as s, type ScriptedPost } from './demo-scripted-post.js';

/* Milestones of the projects still under way (or not yet started). */

/** Vellard (PRIVATE, alice and bob). */
export const VELLARD_MILESTONES: readonly ScriptedPost[] = [
  s(
    'vellard',
    'alice',
    74,
    9.5,
    'ANNOUNCEMENT',
    'en',
    '## Vellard renewal — kickoff\n\n**Goal**: renew the maintenance contract for three years and extend scheduling to four new sites (target €480k).\n\n**Who’s who**\n- @alice — account lead\n- @bob — customer success, owns the relationship with their service desk\n- @priya.nair — solution and demos\n- @karim.haddad — support history and open tickets\n\nEverything about the deal goes in this space, not in mail threads 🙏 #kickoff',
    { pinned: true, buzz: 1 },
  ),
  s(
    'vellard',
    'bob',
    72,
    11,
    'STATUS',
    'fr',
    'Historique support pour préparer le renouvellement : 14 tickets sur six mois, dont deux incidents majeurs en début d’année (résolus). Leur responsable maintenance est satisfait mais veut un interlocuteur unique. @alice je pense que c’est notre meilleur argument. #vellard',
  ),
  s(
    'vellard',
    'alice',
    52,
    15,
    'STATUS',
    'en',
    'Discovery workshop recap with Vellard:\n1. the four new sites go live in two waves\n2. their planners want mobile scheduling for on-call weekends\n3. procurement will compare us with one competitor\n\n@camille.durand can product confirm mobile on-call scheduling is on this year’s roadmap?',
  ),
  s(
    'vellard',
    'laurent.mercier',
    31,
    10,
    'STATUS',
    'fr',
    'Grille tarifaire validée avec la finance pour Vellard : remise de 8 % sur trois ans contre un engagement ferme sur les quatre nouveaux sites. @alice tu peux envoyer la proposition.',
    { mood: 'celebrate' },
  ),
  s(
    'vellard',
    'sofia.rossi',
    12,
    14.5,
    'STATUS',
    'en',
    'Vellard legal sent their redlines: mostly the liability cap and SLA credits, nothing unusual. @grace.okafor can you check the billing milestones they proposed?',
  ),
  s(
    'vellard',
    'alice',
    4,
    10,
    'QUESTION',
    'en',
    'Vellard wants a reference customer running multi-site scheduling with more than 50 technicians. Who could we ask? @daniel.oconnor maybe one of your accounts?',
  ),
  // The last two days, so both demo logins open the demo to fresh replies, reactions and mentions.
  s(
    'vellard',
    'bob',
    2,
    11,
    'STATUS',
    'fr',
    'Point service desk Vellard : les deux sites pilotes tournent depuis une semaine, 31 techniciens planifiés sans incident majeur. Leurs planificateurs de nuit demandent une formation, je propose de la caler la semaine prochaine. #vellard',
    { mood: 'celebrate', buzz: 1 },
  ),
  s(
    'vellard',
    'karim.haddad',
    1,
    16.5,
    'STATUS',
    'fr',
    'Escalade du service desk Vellard : retards de synchro sur un des sites pilotes (SUP-4821). Rien de bloquant, le correctif part en recette. @bob tu peux prévenir leur responsable maintenance ? @alice à garder en tête avant la réunion de négociation. #vellard',
  ),
];

/** Héron (SECRET: neither alice nor bob). */
export const HERON_MILESTONES: readonly ScriptedPost[] = [
  s(
    'heron',
    'philippe.lemaire',
    27,
    8.5,
    'ANNOUNCEMENT',
    'fr',
    '**Projet Héron — confidentiel**\n\nCet espace est secret : rien de ce qui s’y dit ne sort du groupe. Objectif : décider avant l’été si nous faisons une offre. Les documents de la data room sont disponibles sur demande auprès de @sandrine.faure.',
    { pinned: true },
  ),
  s(
    'heron',
    'sandrine.faure',
    20,
    15,
    'STATUS',
    'fr',
    'Premières analyses : chiffre d’affaires en croissance régulière, marge correcte, forte dépendance à trois clients. Détail dans la note de synthèse.',
  ),
  s(
    'heron',
    'philippe.lemaire',
    9,
    11,
    'QUESTION',
    'fr',
    'Votre avis sur le calendrier : due diligence complète dès maintenant, ou après la clôture de leurs comptes annuels ?',
  ),
];

/** Help desk migration (PUBLIC, active). */
export const HELPDESK_MILESTONES: readonly ScriptedPost[] = [
  s(
    'helpdesk',
    'nathalie.bonnet',
    62,
    9.5,
    'ANNOUNCEMENT',
    'fr',
    '## Pourquoi on migre\n\nLe mois dernier, une cliente a dû réexpliquer son problème à cinq interlocuteurs différents. On ne veut plus revivre ça.\n\nÀ la fin du projet, tickets, mails au support et mises à jour du CRM arriveront dans **un seul fil par client**, dans l’espace projet concerné. #support',
    { pinned: true, buzz: 1 },
  ),
  s(
    'helpdesk',
    'karim.haddad',
    40,
    14,
    'STATUS',
    'fr',
    'Routage des tickets en test : ceux dont le domaine correspond à un client arrivent dans son espace projet. 92 % bien routés sur l’échantillon, le reste faute de domaine connu. @kevin.nguyen on regarde la liste ensemble ?',
  ),
  s(
    'helpdesk',
    'kevin.nguyen',
    25,
    11,
    'STATUS',
    'fr',
    'La boîte support est branchée ✅ Les réponses à un mail de notification repartent dans le bon fil, pièces jointes comprises.',
    { mood: 'celebrate' },
  ),
  s(
    'helpdesk',
    'bob',
    10,
    16,
    'STATUS',
    'fr',
    'Bilan après un mois : plus besoin de demander à l’avant-vente ce qui a été promis, tout est dans le fil du client. Gros gain de temps sur les renouvellements. #retex',
  ),
];

/** Harbor (PUBLIC, USD pilot). */
export const HARBOR_MILESTONES: readonly ScriptedPost[] = [
  s(
    'harbor',
    'priya.nair',
    40,
    15,
    'ANNOUNCEMENT',
    'en',
    '## Harbor Health pilot\n\n**Success criteria** agreed with their VP Operations:\n\n| metric | today | pilot target |\n|---|---|---|\n| jobs per technician per day | 4.1 | 4.6 |\n| first-time fix rate | 71% | 78% |\n| scheduling time | 3 h/day | < 1 h/day |\n\nGo/no-go review at day 90. #harbor',
    { pinned: true },
  ),
  s(
    'harbor',
    'alice',
    20,
    16,
    'STATUS',
    'en',
    'Weekly check-in with Harbor: 58 of 60 technicians active on the app, first-time fix rate at 75% and climbing. Their dispatchers asked for a Spanish UI — @hannah.schmidt do we have translated training material?',
  ),
  s(
    'harbor',
    'daniel.oconnor',
    6,
    10,
    'QUESTION',
    'en',
    'Harbor’s security team sent a HIPAA questionnaire. Who can own section 4 (data retention and backups)? @mei.chen?',
  ),
];
