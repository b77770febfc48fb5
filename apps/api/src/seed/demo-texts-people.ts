import type { TextBook } from './demo-model.js';

/* Everyday posts about marketing, HR, office life, leadership and the whole company. */
export const PEOPLE_TEXTS: TextBook = {
  fr: {
    marketing: {
      status: [
        'Le webinaire « Maintenance prédictive : par où commencer ? » a attiré {n}0 inscrits 🎯 Le replay est en ligne demain. Merci {@} pour l’animation ! #webinaire',
        'Nouveau cas client publié avec {customer} : {pct} % de déplacements en moins grâce à la planification optimisée. À partager sans modération ! #casclient',
        'Brief de la refonte du site : on veut des pages par métier plutôt que par fonctionnalité. Vos retours avant {day} svp.',
        'Stand réservé pour le salon de la maintenance industrielle. On cherche {n} volontaires côté commerce et support pour le tenir. #salon',
        'La newsletter du mois a un taux d’ouverture de {pct} %, bien au-dessus de notre moyenne. Les objets courts marchent mieux !',
      ],
      question: [
        'Quelqu’un a des photos récentes d’intervention terrain utilisables (avec l’accord du client) pour la brochure ?',
        '{@} tu aurais une citation de {customer} pour le communiqué ? Deux lignes suffisent.',
        'On garde le nom « Planning+ » pour le nouveau module ou on relance une consultation interne ?',
      ],
      announcement: [
        '**Nouvelle charte graphique** disponible : logos, modèles de présentation et palette. Merci d’abandonner les anciens modèles d’ici {day}.',
        'Soirée clients {day} à Lyon : invitez vos comptes clés, le formulaire d’inscription est dans ce fil. #evenement',
      ],
    },
    hr: {
      status: [
        'Bienvenue à nos {n} nouveaux arrivants ce mois-ci ! Parcours d’intégration lundi matin, passez leur dire bonjour ☕ #onboarding',
        'Les inscriptions aux formations du semestre sont ouvertes : management, gestion du temps, anglais professionnel. Places limitées. #formation',
        'Baromètre interne : {pct} points de participation de plus que l’an dernier, merci ! Synthèse présentée en réunion d’équipe {day}.',
        'Rappel : les demandes de télétravail exceptionnel passent par l’outil RH, plus par mail. {@} peut vous aider si besoin.',
        'On recrute ! {n} postes ouverts en support, développement et commerce. La cooptation est récompensée, pensez à votre réseau. #recrutement',
      ],
      question: [
        'Comment se passent les jours de RTT en fin d’année ? Sont-ils perdus s’ils ne sont pas posés ?',
        'Existe-t-il un budget pour des formations en ligne individuelles, hors catalogue ?',
        '{@} quand la nouvelle mutuelle entre-t-elle en vigueur ? Faut-il refaire une démarche ?',
      ],
      announcement: [
        '**Campagne d’entretiens annuels** : ouverture {day}, clôture dans six semaines. Le guide du manager et la trame d’entretien sont dans ce fil. #entretiens',
        'Les titres-restaurant dématérialisés arrivent le mois prochain. Les cartes seront remises par les managers.',
      ],
    },
    social: {
      status: [
        'Le food truck libanais est de retour jeudi midi devant le bâtiment B 🥙',
        'Sortie running ce midi : {n} km le long des quais, rythme tranquille, départ 12 h 15 du hall. Qui vient ? 🏃',
        'Merci à tous pour la collecte de jouets : {n} cartons remis à l’association ce matin ❤️',
        'Un parapluie bleu a été oublié dans la salle Chartreuse. Il vous attend à l’accueil ☂️',
        'Tournoi de baby-foot vendredi après le travail ! {@} et moi défendons notre titre 😎',
      ],
      question: [
        'Des idées de resto pour un déjeuner d’équipe à 12 près du bureau ?',
        'Quelqu’un partant pour un covoiturage depuis Villeurbanne le matin ?',
        'Le parking vélo est plein tous les matins, on pourrait demander des arceaux en plus ? {@}',
      ],
      announcement: [
        '**Afterwork de l’été** {day} à partir de 18 h sur la terrasse. Inscrivez-vous dans ce fil pour le traiteur ! 🎉',
        'Travaux dans la cuisine du 3e étage la semaine prochaine : utilisez celle du 2e en attendant.',
      ],
    },
    leadership: {
      status: [
        'Synthèse du comité : chiffre d’affaires du mois en hausse de {pct} % sur un an, carnet de commandes solide, vigilance sur le recrutement support. {@} peux-tu préparer le plan d’action ?',
        'Séminaire de direction : je propose trois thèmes — croissance à l’international, fidélisation des clients, organisation du support.',
        'Point effectifs : {n} recrutements en cours, deux départs à anticiper au prochain trimestre.',
        'Les indicateurs d’usage de Chantier montrent que les équipes projet ont adopté l’outil. Reste à embarquer la finance et le support N1.',
        'Budget prévisionnel révisé partagé ici. Hypothèse prudente sur les renouvellements, à challenger.',
      ],
      question: [
        'Ouvre-t-on le poste de responsable partenariats maintenant ou après la clôture du trimestre ?',
        '{@} quelle position adopte-t-on sur la hausse tarifaire annuelle pour les clients historiques ?',
        'Qui porte la communication interne sur la réorganisation du support ?',
      ],
      announcement: [
        '**Comité de direction** avancé à {day} 8 h 30. L’ordre du jour est dans ce fil.',
        'Décision : gel des recrutements non critiques jusqu’à la clôture du trimestre. Communication aux managers {day}.',
      ],
    },
    company: {
      status: [
        'Merci à toutes les équipes pour ce trimestre : {n} nouveaux clients et une satisfaction en hausse 🙏',
        'Petit rappel : le parking visiteurs est réservé aux clients le jeudi (journée démo).',
        'Des idées pour nos 10 ans l’an prochain ? La boîte à idées est ouverte ici même 💡 #10ans',
        'La collecte solidaire a dépassé l’objectif : merci pour votre générosité ! ❤️',
        'À lire dans la newsletter interne : le portrait de {@}, toujours aussi passionné·e par le terrain.',
      ],
      question: [
        'Où trouve-t-on l’organigramme à jour ? Celui de l’intranet date de l’an dernier.',
        'Le séminaire d’entreprise de juin est-il maintenu ?',
        'Comment proposer un sujet pour la prochaine réunion plénière ?',
      ],
      announcement: [
        '**Maintenance de Chantier** samedi de 7 h à 8 h : l’application sera indisponible quelques minutes. #chantier',
        'Nouveau : suivez un collègue pour voir ses publications dans votre fil d’accueil. Mode d’emploi dans l’aide. #chantier',
      ],
    },
  },
  en: {
    marketing: {
      status: [
        'Webinar recap: {n}0 attendees and a lively Q&A. The recording goes out tomorrow. #webinar',
        'New case study live with {customer} — share it with prospects in the same industry. #casestudy',
        'A/B test on the pricing page: showing annual billing by default lifted demo requests by {pct}%. Keeping it.',
        'The product launch deck is ready for review. {@} could you check the competition slide?',
        'Our booth at the London field-service show is confirmed. Looking for {n} people to staff it — sign up below. #events',
      ],
      question: [
        'Are we allowed to use {customer}’s logo on the website, or only in sales decks?',
        'What’s the one feature customers mention first when they talk about us? Collecting quotes for the new homepage.',
        '{@} could engineering give a 20-minute talk at the user conference on {day}?',
      ],
      announcement: [
        '**Brand refresh** is live: new templates and logos are in the shared drive. Please retire the old slides by {day}.',
        'Customer advisory board meets on {day}. Send me the topics your accounts want to discuss.',
      ],
    },
    hr: {
      status: [
        'Welcome to our {n} new starters this month! Onboarding session on Monday morning — come and say hi ☕ #onboarding',
        'The learning catalogue for the semester is out: negotiation, feedback skills, French for non-native speakers. #learning',
        'Engagement survey closed with participation up {pct} points on last year — thank you! Managers will share team results on {day}.',
        'Mentoring programme: {n} pairs matched so far. Still looking for mentors in engineering and finance. {@}',
        'Referral bonus doubled for support and engineering roles until the end of the quarter. #hiring',
      ],
      question: [
        'How does parental leave work for someone on an international contract? Asking for a new colleague.',
        'Is there a budget for conference tickets, or does it come out of the team’s training envelope?',
        '{@} where can I find the updated remote-work policy? The intranet link is broken.',
      ],
      announcement: [
        '**Performance review cycle** opens on {day}. The manager guide and templates are in this thread. #reviews',
        'The office is closed on the May bridge day; please plan customer coverage with your manager.',
      ],
    },
    social: {
      status: [
        'Lunch run today: {n} km along the river, easy pace, meeting in the lobby at 12:15 🏃',
        'Board games night on {day} in the cafeteria. Bring your favourite, pizza is on the social committee 🍕',
        'Huge thanks to everyone at the charity bake sale — we raised €{n}00 for the food bank! ❤️',
        'Photos from Friday’s team lunch are in the shared album 📸',
        'Someone left a blue umbrella in the Belledonne room. It’s at the front desk ☂️',
      ],
      question: [
        'Any tips for a team lunch place near the office that can seat 12?',
        'Anyone cycling in from Caluire? Looking for a commute buddy 🚲',
        '{@} is Friday football still on now that it gets dark early?',
      ],
      announcement: [
        '**Summer party** on {day} from 6pm on the rooftop. Sign up in this thread for catering! 🎉',
        'The 3rd-floor kitchen is closed for works next week; please use the one on the 2nd floor.',
      ],
    },
    leadership: {
      status: [
        'Board prep: revenue up {pct}% year on year, churn stable, support hiring is the main risk. {@} can you bring the hiring plan?',
        'Offsite agenda proposal: international growth, customer retention, support organisation.',
        'From the Chantier usage dashboard: project spaces are thriving, finance and first-line support are not there yet.',
        'Revised forecast shared here — conservative on renewals, please challenge it.',
        'Headcount update: {n} open roles, two planned departures next quarter.',
      ],
      question: [
        'Do we open the partnerships lead role now or after the quarter closes?',
        '{@} what’s our stance on the annual price increase for legacy customers?',
        'Who owns the internal communication about the support reorganisation?',
      ],
      announcement: [
        '**Leadership meeting** moved to {day} 8:30. Agenda in this thread.',
        'Decision: non-critical hiring is frozen until quarter close. Managers will be briefed on {day}.',
      ],
    },
    company: {
      status: [
        'Thanks everyone for a great quarter: {n} new customers and satisfaction up again 🙏',
        'Reminder: visitor parking is reserved for customers on Thursdays (demo day).',
        'Ideas for our 10th anniversary next year? Drop them in the comments 💡 #10years',
        'Lost and found: a black laptop charger in the 4th-floor meeting room. It’s waiting at the front desk 🔌',
        'Interview with {@} in this month’s internal newsletter — worth a read.',
      ],
      question: [
        'Where can I find the up-to-date org chart?',
        'Is the company offsite in June still on?',
        'How do I suggest a topic for the next all-hands?',
      ],
      announcement: [
        '**Chantier maintenance** on Saturday 7:00–8:00: the app will be unavailable for a few minutes. #chantier',
        'New: follow colleagues to see their posts in your home feed. #chantier',
      ],
    },
  },
};
