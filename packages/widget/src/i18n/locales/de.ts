import type { Messages } from '../en.js';

/** German. */
export default {
  heading: 'Zahlungsmethode wählen',
  loading: 'Zahlungsmethoden werden geladen…',
  empty: 'Keine Zahlungsmethoden verfügbar',
  fetchError: 'Die Zahlungsmethoden konnten nicht geladen werden.',
  offline: 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  unavailable: 'Der Zahlungsdienst antwortet nicht. Versuchen Sie es gleich noch einmal.',
  misconfigured: 'Dieser Checkout ist nicht richtig eingerichtet. Bitte wenden Sie sich an den Shop.',
  retry: 'Erneut versuchen',
  waitingPopup: 'Fahren Sie im {name}-Fenster fort',
  waitingTab: 'Fahren Sie im {name}-Tab fort',
  waitingPopupPay: 'Fahren Sie im {name}-Fenster fort, um {amount} zu bezahlen',
  waitingTabPay: 'Fahren Sie im {name}-Tab fort, um {amount} zu bezahlen',
  total: 'Gesamt: {amount}',
  cancel: 'Abbrechen',
  popupBlocked: 'Ihr Browser hat das {name}-Fenster blockiert.',
  continueWith: 'Weiter mit {name}',
  redirecting: 'Weiterleitung zu {name}…',
  topNavBlocked: 'Diese Seite kann {name} nicht selbst öffnen.',
  continueTo: 'Weiter zu {name}',
  connected: '{name} verbunden',
  paid: 'Mit {name} bezahlt',
  canceled: 'Abgebrochen — wählen Sie eine Zahlungsmethode',
  declined: '{name} hat abgelehnt — versuchen Sie eine andere Methode',
  failed: '{name} ist gerade nicht verfügbar — versuchen Sie eine andere Methode',
} satisfies Messages;
