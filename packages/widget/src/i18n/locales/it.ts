import type { Messages } from '../en.js';

/** Italian. */
export default {
  heading: 'Scegli un metodo di pagamento',
  loading: 'Caricamento dei metodi di pagamento…',
  empty: 'Nessun metodo di pagamento disponibile',
  fetchError: 'Impossibile caricare i metodi di pagamento.',
  offline: 'Controlla la connessione a internet e riprova.',
  unavailable: 'Il servizio di pagamento non risponde. Riprova tra un momento.',
  misconfigured: 'Questo pagamento non è configurato correttamente. Contatta il negozio.',
  retry: 'Riprova',
  waitingPopup: 'Continua nella finestra di {name}',
  waitingTab: 'Continua nella scheda di {name}',
  waitingPopupPay: 'Continua nella finestra di {name} per pagare {amount}',
  waitingTabPay: 'Continua nella scheda di {name} per pagare {amount}',
  total: 'Totale: {amount}',
  cancel: 'Annulla',
  popupBlocked: 'Il browser ha bloccato la finestra di {name}.',
  continueWith: 'Continua con {name}',
  redirecting: 'Reindirizzamento a {name}…',
  topNavBlocked: 'Questa pagina non può aprire {name} da sola.',
  continueTo: 'Vai a {name}',
  connected: '{name} collegato',
  paid: 'Pagato con {name}',
  canceled: 'Hai annullato — scegli un metodo di pagamento',
  declined: '{name} ha rifiutato — prova un altro metodo',
  failed: '{name} non è disponibile al momento — prova un altro metodo',
} satisfies Messages;
