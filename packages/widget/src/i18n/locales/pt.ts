import type { Messages } from '../en.js';

/** Portuguese (written for Brazil, the larger audience; `pt-BR` and `pt-PT` both fall back to it). */
export default {
  heading: 'Escolha uma forma de pagamento',
  loading: 'Carregando formas de pagamento…',
  empty: 'Nenhuma forma de pagamento disponível',
  fetchError: 'Não foi possível carregar as formas de pagamento.',
  offline: 'Verifique sua conexão com a internet e tente novamente.',
  unavailable: 'O serviço de pagamento não está respondendo. Tente novamente em instantes.',
  misconfigured: 'Este pagamento não está configurado corretamente. Entre em contato com a loja.',
  retry: 'Tentar novamente',
  waitingPopup: 'Continue na janela de {name}',
  waitingTab: 'Continue na aba de {name}',
  waitingPopupPay: 'Continue na janela de {name} para pagar {amount}',
  waitingTabPay: 'Continue na aba de {name} para pagar {amount}',
  total: 'Total: {amount}',
  cancel: 'Cancelar',
  popupBlocked: 'Seu navegador bloqueou a janela de {name}.',
  continueWith: 'Continuar com {name}',
  redirecting: 'Redirecionando para {name}…',
  topNavBlocked: 'Esta página não consegue abrir {name} sozinha.',
  continueTo: 'Ir para {name}',
  connected: '{name} conectado',
  paid: 'Pago com {name}',
  canceled: 'Você cancelou — escolha uma forma de pagamento',
  declined: '{name} recusou — tente outra forma',
  failed: '{name} não está disponível no momento — tente outra forma',
} satisfies Messages;
