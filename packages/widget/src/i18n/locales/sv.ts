import type { Messages } from '../en.js';

/** Swedish. */
export default {
  heading: 'Välj betalsätt',
  loading: 'Laddar betalsätt…',
  empty: 'Inga betalsätt tillgängliga',
  fetchError: 'Det gick inte att läsa in betalsätten.',
  offline: 'Kontrollera din internetanslutning och försök igen.',
  unavailable: 'Betaltjänsten svarar inte. Försök igen om en stund.',
  misconfigured: 'Den här kassan är inte rätt inställd. Kontakta butiken.',
  retry: 'Försök igen',
  waitingPopup: 'Fortsätt i {name}-fönstret',
  waitingTab: 'Fortsätt på {name}-fliken',
  waitingPopupPay: 'Fortsätt i {name}-fönstret för att betala {amount}',
  waitingTabPay: 'Fortsätt på {name}-fliken för att betala {amount}',
  total: 'Totalt: {amount}',
  cancel: 'Avbryt',
  popupBlocked: 'Webbläsaren blockerade {name}-fönstret.',
  continueWith: 'Fortsätt med {name}',
  redirecting: 'Skickar dig till {name}…',
  topNavBlocked: 'Den här sidan kan inte öppna {name} själv.',
  continueTo: 'Gå till {name}',
  connected: '{name} anslutet',
  paid: 'Betalat med {name}',
  canceled: 'Du avbröt — välj ett betalsätt',
  declined: '{name} nekade — prova ett annat',
  failed: '{name} är inte tillgängligt just nu — prova ett annat',
} satisfies Messages;
