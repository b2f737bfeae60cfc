import type { Messages } from '../en.js';

/** Dutch. */
export default {
  heading: 'Kies een betaalmethode',
  loading: 'Betaalmethoden laden…',
  empty: 'Geen betaalmethoden beschikbaar',
  fetchError: 'De betaalmethoden konden niet worden geladen.',
  offline: 'Controleer je internetverbinding en probeer het opnieuw.',
  unavailable: 'De betaaldienst reageert niet. Probeer het zo nog eens.',
  misconfigured: 'Deze betaalpagina is niet goed ingesteld. Neem contact op met de winkel.',
  retry: 'Opnieuw proberen',
  waitingPopup: 'Ga verder in het {name}-venster',
  waitingTab: 'Ga verder in het {name}-tabblad',
  waitingPopupPay: 'Ga verder in het {name}-venster om {amount} te betalen',
  waitingTabPay: 'Ga verder in het {name}-tabblad om {amount} te betalen',
  total: 'Totaal: {amount}',
  cancel: 'Annuleren',
  popupBlocked: 'Je browser heeft het {name}-venster geblokkeerd.',
  continueWith: 'Doorgaan met {name}',
  redirecting: 'Doorsturen naar {name}…',
  topNavBlocked: 'Deze pagina kan {name} niet zelf openen.',
  continueTo: 'Verder naar {name}',
  connected: '{name} gekoppeld',
  paid: 'Betaald met {name}',
  canceled: 'Je hebt geannuleerd — kies een betaalmethode',
  declined: '{name} heeft geweigerd — probeer een andere',
  failed: '{name} is nu niet beschikbaar — probeer een andere',
} satisfies Messages;
