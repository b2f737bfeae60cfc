import type { Messages } from '../en.js';

/** Polish. Method names stay in the nominative (`okno {name}`), as Polish interfaces do with brand names. */
export default {
  heading: 'Wybierz metodę płatności',
  loading: 'Ładowanie metod płatności…',
  empty: 'Brak dostępnych metod płatności',
  fetchError: 'Nie udało się załadować metod płatności.',
  offline: 'Sprawdź połączenie z internetem i spróbuj ponownie.',
  unavailable: 'Usługa płatności nie odpowiada. Spróbuj ponownie za chwilę.',
  misconfigured: 'Ta płatność nie jest poprawnie skonfigurowana. Skontaktuj się ze sklepem.',
  retry: 'Spróbuj ponownie',
  waitingPopup: 'Kontynuuj w oknie {name}',
  waitingTab: 'Kontynuuj w karcie {name}',
  waitingPopupPay: 'Kontynuuj w oknie {name}, aby zapłacić {amount}',
  waitingTabPay: 'Kontynuuj w karcie {name}, aby zapłacić {amount}',
  total: 'Razem: {amount}',
  cancel: 'Anuluj',
  popupBlocked: 'Przeglądarka zablokowała okno {name}.',
  continueWith: 'Kontynuuj z {name}',
  redirecting: 'Przekierowanie do {name}…',
  topNavBlocked: 'Ta strona nie może sama otworzyć {name}.',
  continueTo: 'Przejdź do {name}',
  connected: 'Połączono z {name}',
  paid: 'Zapłacono przez {name}',
  canceled: 'Anulowano — wybierz metodę płatności',
  declined: 'Operacja odrzucona przez {name} — wybierz inną metodę',
  failed: 'Metoda {name} jest teraz niedostępna — wybierz inną',
} satisfies Messages;
