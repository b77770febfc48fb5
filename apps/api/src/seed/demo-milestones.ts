import type { Lang, Mood } from './demo-model.js';

/*
 * The story of the demo organisation: launch, kickoffs, wins, a lost tender, a cancelled
 * project, a delivery. Placed on fixed days before `now` (moved to the previous weekday when
 * that day is a weekend); everyday chatter is generated around them.
 */

export interface ScriptedPost {
  /** Space key, or null for the company-wide stream. */
  readonly space: string | null;
  readonly author: string;
  readonly daysAgo: number;
  /** Paris wall-clock hour, e.g. 9.5 = 9:30. */
  readonly hour: number;
  readonly kind: 'STATUS' | 'QUESTION' | 'ANNOUNCEMENT';
  readonly lang: Lang;
  readonly body: string;
  readonly pinned?: boolean;
  readonly mood?: Mood;
  /** How much more attention than an everyday post (extra comments and reactions). */
  readonly buzz?: number;
}

const s = (
  space: string | null,
  author: string,
  daysAgo: number,
  hour: number,
  kind: ScriptedPost['kind'],
  lang: Lang,
  body: string,
  extra: Pick<ScriptedPost, 'pinned' | 'mood' | 'buzz'> = {},
): ScriptedPost => ({ space, author, daysAgo, hour, kind, lang, body, ...extra });

export const SCRIPTED_POSTS: readonly ScriptedPost[] = [
  // Company-wide stream
  s(null, 'admin', 89, 9.25, 'ANNOUNCEMENT', 'fr',
    '## Bienvenue sur Chantier 🎉\n\nDès aujourd’hui, nos échanges internes passent par **Chantier** : un fil pour toute l’entreprise, des groupes par équipe et un espace par projet client.\n\n- posez vos questions dans les groupes plutôt que par mail\n- suivez les collègues et les projets qui vous concernent\n- chaque projet client a son espace, relié au CRM ou à Jira\n\nL’équipe IT répond à vos questions dans *IT Helpdesk*. Bonne découverte ! #chantier',
    { pinned: true, mood: 'celebrate', buzz: 3 }),
  s(null, 'admin', 45, 17, 'ANNOUNCEMENT', 'fr',
    '**Maintenance samedi matin** : mise à jour de Chantier entre 7 h et 8 h. Au programme : aperçu des messages avant publication et recherche plus rapide. #chantier'),
  s(null, 'laurent.mercier', 41, 16.5, 'STATUS', 'fr',
    '🎉 **Banque Orsay a signé !** 312 500 € sur trois ans pour équiper leurs 180 conseillers. Un immense merci à @sofia.rossi et à toute l’équipe : support, avant-vente, finance… Ce deal s’est construit dans notre espace projet, du premier atelier à la dernière relecture du contrat. #victoire',
    { mood: 'celebrate', buzz: 3 }),
  s(null, 'olivier.petit', 30, 9.5, 'STATUS', 'en',
    'Quick update from IT: since support moved customer threads into Chantier, internal questions get a first answer much faster. Figures at the next all-hands — thanks to everyone who gave it a go. #chantier',
    { buzz: 1 }),
  s(null, 'camille.durand', 19, 10, 'STATUS', 'fr',
    'Le **portail client Nordalis** tourne en production depuis hier 🚀 12 000 comptes pros ouverts, aucun incident bloquant pendant la bascule. Merci @mei.chen, @raphael.blanc, @joao.silva, @arjun.patel et au support pour les tests de dernière minute ! #golive',
    { mood: 'celebrate', buzz: 2 }),

  // Groups
  s('it-help', 'admin', 89, 10.5, 'ANNOUNCEMENT', 'fr',
    '**Comment obtenir de l’aide IT**\n\n1. Posez votre question ici : l’équipe (ou un collègue) répond en général dans l’heure.\n2. Pour un incident bloquant, appelez le 4444.\n3. Les maintenances prévues sont annoncées ici au moins 48 h avant.\n\nMerci d’éviter les mails individuels à l’équipe, on y perd le fil 🙏',
    { pinned: true }),
  s('support', 'nathalie.bonnet', 87, 9.75, 'ANNOUNCEMENT', 'fr',
    '**Charte de l’espace**\n\nIci, on s’entraide sur les tickets difficiles :\n- un fil par problème, avec la référence du ticket\n- aucune donnée personnelle de client dans les messages\n- une fois résolu, on écrit la solution dans le fil\n\nLes équipes produit et dev sont les bienvenues 🙌 #support',
    { pinned: true }),
  s('eng-guild', 'antoine.lefebvre', 86, 10, 'ANNOUNCEMENT', 'en',
    '**How this guild works**\n\n- Big changes start as an RFC posted here, open for comments for a week\n- Every incident gets a blameless post-mortem within five days\n- Release notes land here first, then in *Support client — entraide*\n\nSupport folks: you hear about bugs first, keep the questions coming. #engineering',
    { pinned: true }),
  s('people', 'isabelle.roux', 84, 14, 'ANNOUNCEMENT', 'fr',
    '**Bienvenue dans People & Culture**\n\nVous trouverez ici les arrivées, les formations, les campagnes d’entretiens et les infos pratiques. Posez vos questions RH en public quand elles peuvent servir à d’autres ; pour le reste, notre porte reste ouverte. #rh',
    { pinned: true }),
  s('lyon', 'aicha.traore', 83, 12.5, 'ANNOUNCEMENT', 'fr',
    '**Infos pratiques du site de Lyon** 🏢\n\n- accueil ouvert de 8 h à 18 h 30\n- salles de réunion à réserver dans l’agenda partagé\n- cuisine : on lave sa tasse, merci pour les suivants ☕\n\nTout ce qui concerne la vie au bureau, c’est ici !',
    { pinned: true }),
  s('codir', 'isabelle.roux', 82, 8.5, 'STATUS', 'fr',
    'Premier ordre du jour du comité sur Chantier :\n1. résultats du mois\n2. plan de recrutement du support\n3. retour sur le lancement de l’outil\n\n@philippe.lemaire peux-tu partager le prévisionnel avant jeudi ?'),

  // Vellard (PRIVATE, alice and bob)
  s('vellard', 'alice', 74, 9.5, 'ANNOUNCEMENT', 'en',
    '## Vellard renewal — kickoff\n\n**Goal**: renew the maintenance contract for three years and extend scheduling to four new sites (target €480k).\n\n**Who’s who**\n- @alice — account lead\n- @bob — customer success, owns the relationship with their service desk\n- @priya.nair — solution and demos\n- @karim.haddad — support history and open tickets\n\nEverything about the deal goes in this space, not in mail threads 🙏 #kickoff',
    { pinned: true, buzz: 1 }),
  s('vellard', 'bob', 72, 11, 'STATUS', 'fr',
    'Historique support pour préparer le renouvellement : 14 tickets sur six mois, dont deux incidents majeurs en début d’année (résolus). Leur responsable maintenance est satisfait mais veut un interlocuteur unique. @alice je pense que c’est notre meilleur argument. #vellard'),
  s('vellard', 'alice', 52, 15, 'STATUS', 'en',
    'Discovery workshop recap with Vellard:\n1. the four new sites go live in two waves\n2. their planners want mobile scheduling for on-call weekends\n3. procurement will compare us with one competitor\n\n@camille.durand can product confirm mobile on-call scheduling is on this year’s roadmap?'),
  s('vellard', 'laurent.mercier', 31, 10, 'STATUS', 'fr',
    'Grille tarifaire validée avec la finance pour Vellard : remise de 8 % sur trois ans contre un engagement ferme sur les quatre nouveaux sites. @alice tu peux envoyer la proposition.',
    { mood: 'celebrate' }),
  s('vellard', 'sofia.rossi', 12, 14.5, 'STATUS', 'en',
    'Vellard legal sent their redlines: mostly the liability cap and SLA credits, nothing unusual. @grace.okafor can you check the billing milestones they proposed?'),
  s('vellard', 'alice', 4, 10, 'QUESTION', 'en',
    'Vellard wants a reference customer running multi-site scheduling with more than 50 technicians. Who could we ask? @daniel.oconnor maybe one of your accounts?'),

  // Nordalis (PUBLIC, delivered)
  s('nordalis', 'camille.durand', 86, 11, 'ANNOUNCEMENT', 'fr',
    '## Portail client Nordalis\n\nCet espace remplace nos fils de mails avec l’équipe Nordalis.\n\n- backlog et tickets : `jira:NORD`\n- démo de fin de sprint tous les quinze jours\n- mise en production visée dans deux mois et demi\n\n@mei.chen pilote la technique, @bob fait le lien avec le support. #nordalis',
    { pinned: true }),
  s('nordalis', 'mei.chen', 55, 16, 'STATUS', 'en',
    'Sprint 9 demo done: invoices and intervention history are now in the portal. Nordalis asked for a CSV export of tickets — sized at 3 points, going into sprint 10. #sprint'),
  s('nordalis', 'camille.durand', 24, 9.5, 'ANNOUNCEMENT', 'fr',
    '**Plan de bascule** : mise en production dans la nuit de jeudi à vendredi. Gel du code mercredi midi, répétition générale mardi. @bob merci de prévenir les interlocuteurs support côté client. #golive'),
  s('nordalis', 'camille.durand', 20, 8.5, 'ANNOUNCEMENT', 'fr',
    '✅ **Portail Nordalis livré.** Bascule terminée à 6 h 40, tous les contrôles sont au vert. Le projet passe en *Delivered*. Merci à tous, vraiment. #golive',
    { mood: 'celebrate', buzz: 2 }),
  s('nordalis', 'bob', 15, 14, 'STATUS', 'fr',
    'Premiers retours clients sur le portail : les demandes de duplicata de facture ont quasiment disparu du support 👏 Deux remarques sur le filtre des interventions, notées dans NORD-212.'),

  // Orsay (PRIVATE, won)
  s('orsay', 'sofia.rossi', 84, 10, 'ANNOUNCEMENT', 'en',
    '## Banque Orsay — deal room\n\nTarget: €295k, 180 advisors on three sites, decision expected within two months.\n\n- pricing questions go to @laurent.mercier\n- support commitments are checked with @nathalie.bonnet before anything is promised\n- RFP answers live in this thread, one post per chapter\n\n#orsay',
    { pinned: true }),
  s('orsay', 'priya.nair', 68, 17, 'STATUS', 'en',
    'Proof of concept results: call routing handled the test load with room to spare, and the CRM screen-pop worked first time. Their IT lead was visibly relieved 😄 Report attached to the opportunity.'),
  s('orsay', 'karim.haddad', 55, 11, 'QUESTION', 'fr',
    'Orsay demande un engagement de reprise en moins de 4 h en cas d’incident majeur. On sait tenir ça avec l’astreinte actuelle ? @nathalie.bonnet'),
  s('orsay', 'laurent.mercier', 41, 15.5, 'ANNOUNCEMENT', 'fr',
    '🎉 **Signé !** Banque Orsay s’engage sur trois ans pour 312 500 €, au-dessus de notre cible. Bravo @sofia.rossi, @priya.nair, et merci à toute l’équipe.',
    { mood: 'celebrate', buzz: 3 }),
  s('orsay', 'sofia.rossi', 36, 10, 'STATUS', 'en',
    'Handover to delivery booked for Tuesday. I summarised every commitment made during the sale in one post, so nobody has to dig through the thread. #handover'),

  // Kerval (PUBLIC, lost)
  s('kerval', 'julien.moreau', 78, 9, 'ANNOUNCEMENT', 'fr',
    '## Appel d’offres Kerval\n\nCalendrier :\n1. questions écrites sous 10 jours\n2. remise des offres dans 5 semaines\n3. soutenance la semaine suivante\n\nObjectif : 1 400 véhicules équipés. @priya.nair prend la partie technique, @emilie.fournier le chiffrage.',
    { pinned: true }),
  s('kerval', 'priya.nair', 60, 16, 'STATUS', 'en',
    'Technical defence went well overall. Their fleet manager pushed hard on tracking in tunnels — our answer was solid, but the competitor has a dedicated hardware box. #kerval'),
  s('kerval', 'julien.moreau', 33, 11, 'ANNOUNCEMENT', 'fr',
    'Mauvaise nouvelle : **Kerval a retenu un concurrent.** Écart de prix d’environ 12 % et un boîtier matériel que nous n’avons pas. Merci à tous pour l’énergie mise dans cette réponse ; retour d’expérience la semaine prochaine.',
    { mood: 'support', buzz: 2 }),
  s('kerval', 'laurent.mercier', 31, 14, 'STATUS', 'fr',
    'Retour d’expérience Kerval :\n- on a compris tard que le matériel pesait autant que le logiciel\n- notre offre était la meilleure sur l’usage\n- pour les prochains appels d’offres flotte : un partenaire matériel\n\n@hannah.schmidt on en fait une fiche pour le marketing ?'),

  // Lumen (PUBLIC, cancelled)
  s('lumen', 'joao.silva', 88, 14, 'ANNOUNCEMENT', 'en',
    '## Lumen Pharma — mobile app v2\n\nScope: offline-first visits, e-signature of samples, sync with their CRM. Designs by @oliver.bennett are linked below. Sprint reviews every other Thursday with Lumen’s product owner. #lumen',
    { pinned: true }),
  s('lumen', 'camille.durand', 65, 10, 'STATUS', 'fr',
    'Lumen revient avec un changement important : la signature électronique doit passer par leur prestataire certifié. Impact estimé : quatre semaines de plus. On en parle au comité de jeudi.'),
  s('lumen', 'camille.durand', 50, 9, 'ANNOUNCEMENT', 'fr',
    '**Projet arrêté.** Lumen Pharma suspend la refonte de l’application après sa réorganisation commerciale. Le travail réalisé est facturé selon le contrat. Merci à toute l’équipe ; le module hors ligne servira à d’autres clients.',
    { mood: 'support', buzz: 1 }),

  // Héron (SECRET: neither alice nor bob)
  s('heron', 'philippe.lemaire', 27, 8.5, 'ANNOUNCEMENT', 'fr',
    '**Projet Héron — confidentiel**\n\nCet espace est secret : rien de ce qui s’y dit ne sort du groupe. Objectif : décider avant l’été si nous faisons une offre. Les documents de la data room sont disponibles sur demande auprès de @sandrine.faure.',
    { pinned: true }),
  s('heron', 'sandrine.faure', 20, 15, 'STATUS', 'fr',
    'Premières analyses : chiffre d’affaires en croissance régulière, marge correcte, forte dépendance à trois clients. Détail dans la note de synthèse.'),
  s('heron', 'philippe.lemaire', 9, 11, 'QUESTION', 'fr',
    'Votre avis sur le calendrier : due diligence complète dès maintenant, ou après la clôture de leurs comptes annuels ?'),

  // Help desk migration (PUBLIC, active)
  s('helpdesk', 'nathalie.bonnet', 62, 9.5, 'ANNOUNCEMENT', 'fr',
    '## Pourquoi on migre\n\nLe mois dernier, une cliente a dû réexpliquer son problème à cinq interlocuteurs différents. On ne veut plus revivre ça.\n\nÀ la fin du projet, tickets, mails au support et mises à jour du CRM arriveront dans **un seul fil par client**, dans l’espace projet concerné. #support',
    { pinned: true, buzz: 1 }),
  s('helpdesk', 'karim.haddad', 40, 14, 'STATUS', 'fr',
    'Routage des tickets en test : ceux dont le domaine correspond à un client arrivent dans son espace projet. 92 % bien routés sur l’échantillon, le reste faute de domaine connu. @kevin.nguyen on regarde la liste ensemble ?'),
  s('helpdesk', 'kevin.nguyen', 25, 11, 'STATUS', 'fr',
    'La boîte support est branchée ✅ Les réponses à un mail de notification repartent dans le bon fil, pièces jointes comprises.',
    { mood: 'celebrate' }),
  s('helpdesk', 'bob', 10, 16, 'STATUS', 'fr',
    'Bilan après un mois : plus besoin de demander à l’avant-vente ce qui a été promis, tout est dans le fil du client. Gros gain de temps sur les renouvellements. #retex'),

  // Harbor (PUBLIC, USD pilot)
  s('harbor', 'priya.nair', 40, 15, 'ANNOUNCEMENT', 'en',
    '## Harbor Health pilot\n\n**Success criteria** agreed with their VP Operations:\n\n| metric | today | pilot target |\n|---|---|---|\n| jobs per technician per day | 4.1 | 4.6 |\n| first-time fix rate | 71% | 78% |\n| scheduling time | 3 h/day | < 1 h/day |\n\nGo/no-go review at day 90. #harbor',
    { pinned: true }),
  s('harbor', 'alice', 20, 16, 'STATUS', 'en',
    'Weekly check-in with Harbor: 58 of 60 technicians active on the app, first-time fix rate at 75% and climbing. Their dispatchers asked for a Spanish UI — @hannah.schmidt do we have translated training material?'),
  s('harbor', 'daniel.oconnor', 6, 10, 'QUESTION', 'en',
    'Harbor’s security team sent a HIPAA questionnaire. Who can own section 4 (data retention and backups)? @mei.chen?'),
];
