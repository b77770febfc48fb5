import type { TextBook } from './demo-model.js';

/*
 * Everyday posts about deals, customers, support and money. Slots: {@} a colleague who can read
 * the place, {customer}, {project}, {ticket}, {n}, {pct}, {amount}, {day}.
 */
export const BUSINESS_TEXTS: TextBook = {
  fr: {
    sales: {
      status: [
        'Rendez-vous très positif ce matin chez **{customer}** : ils veulent une démo du module planification avant la fin du mois. {@} tu peux m’aider à caler un créneau ? #prospection',
        'Point pipeline de la semaine :\n- {n} opportunités en négociation\n- deux relances à faire chez {customer}\n- une signature attendue {day}\n\nOn reste concentrés sur le closing ! #pipeline',
        'Le salon de Lyon nous a rapporté {n} leads qualifiés. Je les répartis dans le CRM ce soir, merci de les rappeler sous 48 h. #leads',
        'Retour terrain : le prix revient à chaque fois face à la concurrence. On gagne quand on montre le coût total sur trois ans, pas le prix de la licence. {@} on en fait un argumentaire commun ?',
        '{customer} a validé le devis de {amount} 👏 Merci {@} pour la démo technique qui a fait la différence. #signature',
      ],
      question: [
        'Quelqu’un a un cas client récent dans la logistique à citer ? {customer} me demande une référence pour {day}. #références',
        'Quelle remise maximale peut-on accorder sans validation du DAF sur un engagement de trois ans ?',
        'On a une plaquette à jour en anglais pour les prospects hors de France ? Je ne trouve que l’ancienne version.',
      ],
      announcement: [
        '**Challenge commercial du trimestre** : les {n} plus belles signatures sur de nouveaux comptes gagnent une journée de séminaire. Règles détaillées dans le drive. #challenge',
        'À partir de lundi, toute opportunité au-dessus de {amount} passe en revue de deal le jeudi à 11 h. Merci de préparer vos fiches dans le CRM. #process',
      ],
    },
    deal: {
      status: [
        'Compte rendu de l’atelier avec {customer} :\n1. besoins confirmés sur la planification multi-sites\n2. intégration à leur ERP à chiffrer\n3. décision attendue sous {n} semaines\n\n{@} je te laisse compléter la partie technique. #compterendu',
        'Le comité d’achat de {customer} a décalé sa réunion à {day}. On en profite pour affiner la proposition financière. {@} tu as la dernière version du chiffrage ?',
        'Retour de {customer} sur notre proposition : périmètre clair, mais ils veulent un engagement de service plus fort sur le support. On retravaille l’annexe SLA.',
        'La démo d’aujourd’hui s’est bien passée : {n} questions sur les exports, aucune objection bloquante. Prochaine étape : atelier sécurité avec leur DSI. #avancement',
        'CRM à jour : probabilité relevée de {pct} points, montant ajusté à {amount}. {@} ça te va pour le forecast ?',
      ],
      question: [
        '{@} est-ce qu’on sait qui signe côté {customer} ? Le DAF ou le directeur des opérations ?',
        'Peut-on s’engager sur une mise en production en {n} semaines, ou c’est trop ambitieux vu la charge de l’équipe delivery ?',
        'Quelqu’un a déjà rempli le questionnaire RGPD de {customer} ? Il fait {n} onglets, j’aimerais éviter de tout refaire.',
      ],
      announcement: [
        '**Point d’étape** : revue de l’opportunité {day} à 14 h avec toute l’équipe. Merci de mettre vos actions à jour dans ce fil d’ici là.',
        'La proposition finale part chez {customer} ce soir. Merci à tous pour les relectures ! Plus aucune modification après 18 h 🙏',
      ],
    },
    support: {
      status: [
        'Pic d’appels ce matin après la mise à jour de l’appli mobile : {n} tickets sur la synchro hors ligne. Contournement documenté dans {ticket}. {@} tu peux regarder côté dev ? #incident',
        'Bravo l’équipe : la résolution au premier contact gagne {pct} points cette semaine, notre meilleur score depuis janvier 👏 #satisfaction',
        '{customer} nous remercie pour la réactivité sur l’incident de facturation. Message transmis à {@} qui a tout réglé en une après-midi.',
        'Rappel : avant d’escalader en N2, vérifiez que le client a la dernière version et joignez les logs au ticket. On gagne un temps fou.',
        'Nouvelle fiche dans la base de connaissance : *Réinitialiser le planning d’un technicien sans perdre l’historique*. Merci {@} pour la relecture ! #kb',
      ],
      question: [
        'Un utilisateur de {customer} n’arrive plus à exporter ses interventions en CSV depuis hier ({ticket}). Quelqu’un a déjà vu ça ?',
        'Comment traite-t-on une demande de suppression de données personnelles reçue par téléphone ? On a une procédure écrite ?',
        'A-t-on un délai garanti pour rappeler les clients premium ? {customer} affirme qu’on leur a promis 2 h.',
      ],
      announcement: [
        '**Astreinte du week-end** : {@} est de garde samedi, je prends dimanche. Numéro habituel, et on poste ici tout incident majeur. #astreinte',
        'À partir de {day}, les tickets des comptes stratégiques arrivent directement dans la file N2. Vérifiez le tag *key-account* à la création.',
      ],
    },
    finance: {
      status: [
        'Clôture mensuelle bouclée en {n} jours ouvrés, merci à tous pour les notes de frais rendues à temps ✅ #cloture',
        'Le reporting des marges par projet est à jour. {project} dépasse son budget de {pct} %, on en parle en revue mensuelle. {@}',
        'Rappel : les bons de commande au-dessus de {amount} demandent deux validations dans l’outil achats.',
        'Prévision de trésorerie du trimestre partagée dans le dossier Finance. Les encaissements de {customer} sont attendus {day}.',
        'Les relances ont porté leurs fruits : le délai moyen de paiement repasse sous 50 jours 👍 #recouvrement',
      ],
      question: [
        '{@} sur quel code analytique impute-t-on les frais du salon de Lyon ?',
        'Reconnaît-on le chiffre d’affaires du contrat {customer} à la signature ou au fil des mises en service ?',
        'Qui peut me transmettre les heures passées par l’équipe delivery sur {project} ? J’en ai besoin pour le calcul de rentabilité.',
      ],
      announcement: [
        '**Budget de l’an prochain** : les enveloppes par département seront présentées {day}. Merci d’envoyer vos demandes d’investissement avant vendredi.',
        'Nouvelle politique de notes de frais dès le mois prochain : plafond hôtel relevé à Paris, justificatif dématérialisé obligatoire.',
      ],
    },
  },
  en: {
    sales: {
      status: [
        'Great call with **{customer}** this morning — their ops director wants a second demo focused on reporting. {@} could you join on {day}? #prospecting',
        'Pipeline snapshot for the week:\n- {n} deals in negotiation\n- one verbal yes at {customer}\n- forecast up {pct}% on last month\n\nLet’s keep the momentum. #pipeline',
        'Lesson from today’s loss review: we were late with the security questionnaire. Let’s keep a pre-filled one for every RFP. {@} shall we own this together?',
        'Proposal sent to {customer}: {amount} over three years. Fingers crossed 🤞 #deals',
        'Shout-out to {@} for jumping on a call with {customer} at 8am to unblock their IT review. That’s how we win. #teamwork',
      ],
      question: [
        'Does anyone have a one-pager comparing us with our two main competitors? {customer} keeps asking. #competition',
        'What’s the current lead time to onboard a new enterprise customer? I want to give {customer} a realistic date.',
        'Who handles partner referrals now that the channel role is vacant? I have one from {customer} waiting.',
      ],
      announcement: [
        '**New deal desk hours**: pricing approvals now happen on Tuesdays and Thursdays. Anything above {amount} needs a short business case. #process',
        'Quarter kick-off on {day} at 9:30 in the big room (and online). Agenda: results, new territories, the revised commission plan.',
      ],
    },
    deal: {
      status: [
        'Notes from today’s workshop with {customer}:\n- {n} sites, all planned on spreadsheets today\n- IT wants SSO from day one\n- budget approved, timing is the risk\n\n{@} can you draft the integration section? #discovery',
        '{customer} procurement came back asking for {pct}% off. Holding at half of that for now, with a longer commitment as the trade. #negotiation',
        'Security review done ✅ Two open points, both already on our roadmap. Written answers go out {day}.',
        'Updated the mutual action plan — next milestone is the reference call. {@} would your contact at Nordalis talk to them?',
        'Our champion at {customer} says we are shortlisted with one other vendor. Final presentations on {day}. #shortlist',
      ],
      question: [
        'Do we have a standard answer on data residency? {customer}’s legal team wants to know whether anything leaves the EU.',
        '{@} can delivery commit to a pilot start within {n} weeks of signature, or should I add a month?',
        'Who can join the final presentation on {day}? I’d like one person from support and one from engineering in the room.',
      ],
      announcement: [
        '**Deal review on {day}** — please update your actions in this space before then, so we only go through open risks.',
        'Proposal v3 is final and on its way to {customer}. Thanks everyone for the quick turnaround 🙌',
      ],
    },
    support: {
      status: [
        'Heads-up: {customer} reports slow loading on the technician calendar since this morning ({ticket}). Reproduced on our side, {@} is on it. #incident',
        'Closed {n} tickets today and the backlog is under 40 for the first time this quarter 🎉 #support',
        'Handy check: when a customer can’t see their invoices, look at the billing contact role before escalating. Three of my last five tickets were just that.',
        '{customer} sent a lovely note about {@}’s help with their data import. Printing it for the wall 😄 #kudos',
        'Updated the password-reset macro so it links to the self-service page. Should save a few tickets a week.',
      ],
      question: [
        'Is there a known issue with the Outlook add-in? Two users at {customer} can’t log in since the last update ({ticket}).',
        'What’s our policy on refunding a month when an outage lasted more than four hours? The customer is asking politely but firmly.',
        'Who owns the status page now? I’d like to post an update about the sync delays.',
      ],
      announcement: [
        '**New escalation matrix** is live: P1 goes straight to the on-call engineer, P2 reaches the N2 queue within 30 minutes.',
        'We’re piloting chat support for premium accounts from {day}. {@} and I will staff it for the first two weeks.',
      ],
    },
    finance: {
      status: [
        'Month-end close done in {n} working days — a record. Thanks for the quick expense reports! #close',
        'Margin report by project is out. {project} is running {pct}% over budget; let’s look at it in the monthly review. {@}',
        'Cash forecast updated: we expect {amount} from {customer} on {day}.',
        'Reminder: subscriptions and SaaS tools go through procurement, even the small ones. Company cards are reconciled monthly.',
        'The revenue dashboard now splits recurring and one-off services. Feedback welcome before I share it with sales. #reporting',
      ],
      question: [
        '{@} do we capitalise the development costs of the customer portal, or expense them?',
        'Which exchange rate do we use for USD deals in the forecast — month-end or monthly average?',
        'Can someone confirm the billing milestones for {customer}? The contract and the CRM disagree.',
      ],
      announcement: [
        '**Budget round**: department envelopes will be presented on {day}. Investment requests by Friday please.',
        'New travel policy from next month: rail first under four hours, receipts uploaded in the app within seven days.',
      ],
    },
  },
};
