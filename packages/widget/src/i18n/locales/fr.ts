import type { Messages } from '../en.js';

/** French. */
export default {
  heading: 'Choisissez un moyen de paiement',
  loading: 'Chargement des moyens de paiement…',
  empty: 'Aucun moyen de paiement disponible',
  fetchError: 'Les moyens de paiement n’ont pas pu être chargés.',
  offline: 'Vérifiez votre connexion à internet, puis réessayez.',
  unavailable: 'Le service de paiement ne répond pas. Réessayez dans un instant.',
  misconfigured: 'Ce paiement n’est pas configuré correctement. Contactez la boutique.',
  retry: 'Réessayer',
  waitingPopup: 'Continuez dans la fenêtre {name}',
  waitingTab: 'Continuez dans l’onglet {name}',
  waitingPopupPay: 'Continuez dans la fenêtre {name} pour payer {amount}',
  waitingTabPay: 'Continuez dans l’onglet {name} pour payer {amount}',
  total: 'Total : {amount}',
  cancel: 'Annuler',
  popupBlocked: 'Votre navigateur a bloqué la fenêtre {name}.',
  continueWith: 'Continuer avec {name}',
  redirecting: 'Redirection vers {name}…',
  topNavBlocked: 'Cette page ne peut pas ouvrir {name} elle-même.',
  continueTo: 'Continuer vers {name}',
  connected: '{name} connecté',
  paid: 'Payé avec {name}',
  canceled: 'Vous avez annulé — choisissez un moyen de paiement',
  declined: '{name} a refusé — essayez un autre moyen',
  failed: '{name} est indisponible pour le moment — essayez un autre moyen',
} satisfies Messages;
