import type { TextBook } from './demo-model.js';

/* Everyday posts of IT, engineering and delivery teams. Slots as in demo-texts-business.ts. */
export const TECH_TEXTS: TextBook = {
  fr: {
    it: {
      status: [
        'Maintenance du VPN ce soir de 20 h à 22 h. Les connexions en cours seront coupées, pensez à enregistrer vos fichiers. #maintenance',
        'Les nouveaux portables sont arrivés : {n} postes prêts à être distribués. Prenez rendez-vous avec {@} pour le transfert de vos données.',
        'Campagne de phishing repérée ce matin : un faux mail « facture en attente ». Ne cliquez pas, transférez-le à la sécurité. Merci aux {n} personnes qui l’ont déjà signalé 👏 #securite',
        'Le Wi-Fi de la salle Belledonne est réparé : un point d’accès défectueux, remplacé ce midi.',
        'Migration des boîtes partagées : plus que {pct} boîtes à basculer, elles passent cette nuit. Rien à faire de votre côté.',
      ],
      question: [
        'Comment ajouter une signature de mail commune pour toute l’équipe ? Je ne trouve pas l’option.',
        'La double authentification me redemande un code à chaque connexion depuis que j’ai changé de téléphone. C’est normal ?',
        'A-t-on le droit d’installer un outil de capture vidéo sur nos postes, ou faut-il une validation ? {@}',
      ],
      announcement: [
        '**Mise à jour obligatoire** du système de vos portables d’ici {day}. Le redémarrage prend une vingtaine de minutes, lancez-le en fin de journée. #securite',
        'Nouveaux horaires du support IT : 8 h – 18 h 30 sans interruption, et une permanence le samedi matin pendant la migration.',
      ],
    },
    engineering: {
      status: [
        'Version 4.{n} en production 🚀 Au menu : export PDF des rapports, corrections de la synchro hors ligne et {pct} % de temps de chargement en moins sur le planning. #release',
        'Post-mortem de l’incident de mardi publié : une migration trop longue a verrouillé la table des interventions. Action : découper les migrations et les tester sur un jeu de données réaliste. {@}',
        'Revue d’architecture {day} sur le futur module de facturation. Lisez le RFC avant, les commentaires sont ouverts. #rfc',
        'On a enfin des tests de bout en bout sur la prise de rendez-vous : {n} scénarios, 6 minutes en CI 👌',
        'Dette technique : {pct} % du prochain sprint ira à la montée de version du framework front. Les PO sont d’accord.',
      ],
      question: [
        'Des avis sur le choix entre une file de messages dédiée et une table de jobs dans PostgreSQL pour les webhooks sortants ?',
        '{@} l’API publique a-t-elle une limite de débit documentée ? {customer} prévoit un import massif.',
        'Comment reproduisez-vous les bugs de synchro hors ligne en local ? J’ai du mal à simuler la coupure réseau.',
      ],
      announcement: [
        '**Gel des mises en production** à partir de {day} pour la migration de la base. Les correctifs urgents passent par {@}. #freeze',
        'Nouveau rituel : démo d’équipe un jeudi sur deux à 16 h, ouverte à tous les départements. Venez voir ce qui sort !',
      ],
    },
    delivery: {
      status: [
        'Sprint {n} terminé : toutes les stories livrées sauf deux, la recette côté {customer} démarre {day}. #sprint',
        'Démo client ce matin, très bon accueil sur le tableau de bord. Deux demandes d’évolution notées, {@} je les ajoute au backlog ?',
        'Risque : les données de test fournies par {customer} sont incomplètes. On relance aujourd’hui, sinon la recette glisse d’une semaine.',
        'Comité de pilotage fait : planning confirmé, {pct} % de marge restante sur le budget, aucune alerte. Compte rendu dans ce fil. #copil',
        'Le connecteur vers leur ERP passe les tests d’intégration 🎉 Merci {@} pour les soirées tardives.',
      ],
      question: [
        'Qui valide côté {customer} les spécifications de l’export comptable ? On attend un retour depuis {n} jours.',
        '{@} a-t-on une préproduction disponible {day} pour la formation des utilisateurs ?',
        'Les demandes hors périmètre, on les facture au fil de l’eau ou en fin de lot ?',
      ],
      announcement: [
        '**Mise en production** prévue {day} à 7 h. Gel des développements dès mercredi, plan de retour arrière validé. #golive',
        'Nouveau rituel : point d’avancement de 15 minutes chaque matin à 9 h 15 jusqu’à la fin de la recette.',
      ],
    },
  },
  en: {
    it: {
      status: [
        'New printers are in on the 2nd floor. Badge release works; scan-to-email needs one more fix. #office',
        'Backup restore test went fine: {n}0 GB back in under an hour. Good to know before we need it for real. #resilience',
        'Reminder: password managers are allowed and encouraged. Ask {@} for a licence if you don’t have one yet.',
        'Cloud bill down {pct}% this month after we switched off the idle test environments 💸',
        'Single sign-on now covers the CRM and the expense tool. Two fewer passwords for everyone 🎉',
      ],
      question: [
        'What’s the right way to share a big file with a customer? The mail gateway blocks anything over 25 MB.',
        'Is there a loaner laptop for a new starter on {day}? Theirs hasn’t shipped yet.',
        'Can I connect my own tablet to the guest Wi-Fi for presentations, or is that off-limits?',
      ],
      announcement: [
        '**Planned maintenance** on Saturday 7:00–11:00: the intranet and file shares will be read-only. #maintenance',
        'MFA becomes mandatory for every account on {day}. It takes two minutes from your profile page. #security',
      ],
    },
    engineering: {
      status: [
        'Shipped: bulk editing of technician schedules. It took {n} iterations with support feedback, and it was worth it. #release',
        'Flaky test hunt: {n} tests fixed, CI time down {pct}%. Thanks {@} for the pairing session.',
        'The RFC for the new notification service is open for comments until {day}. Main question: do we need per-user digests in v1?',
        'Incident summary: 18 minutes of degraded search on Tuesday, caused by an index rebuild at peak time. Rebuilds now run overnight.',
        'Code review data point: small PRs get reviewed within the hour, big ones wait two days. Our numbers, not my opinion 😉',
      ],
      question: [
        'Has anyone tried one real PostgreSQL database per test file instead of a shared one? Worth the extra seconds?',
        '{@} what’s our current approach to feature flags — config file or the admin screen?',
        'How do we version the public API when {customer} depends on a field we want to rename?',
      ],
      announcement: [
        '**On-call rotation** for next month is published. Swap requests in this thread please. #oncall',
        'Hack day on {day}! Pitch your idea here before Wednesday; teams form at 9:30.',
      ],
    },
    delivery: {
      status: [
        'Sprint {n} review done: all committed stories delivered but two, UAT with {customer} starts {day}. #sprint',
        'Customer demo went well — they loved the new dashboard. Two change requests logged, {@} can you size them?',
        'Risk: {customer}’s test data is still incomplete. If it doesn’t arrive this week, UAT slips by a week.',
        'Steering committee done: scope stable, {pct}% of the budget still in reserve, no red flags. Minutes are in this thread. #steerco',
        'Data migration dry run #{n} passed with zero rejected records 🎉 #migration',
      ],
      question: [
        'Who signs off the acceptance tests on {customer}’s side? We’ve been waiting {n} days for feedback.',
        '{@} do we have a staging slot on {day} for the end-user training?',
        'Should change requests be billed as they come, or bundled at the end of the phase?',
      ],
      announcement: [
        '**Go-live** scheduled for {day} at 7:00. Code freeze from Wednesday, rollback plan reviewed. #golive',
        'Daily 15-minute stand-up at 9:15 until the end of UAT — same link as usual.',
      ],
    },
  },
};
