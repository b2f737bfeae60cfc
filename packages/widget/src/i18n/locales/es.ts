import type { Messages } from '../en.js';

/** Spanish. */
export default {
  heading: 'Elige un método de pago',
  loading: 'Cargando métodos de pago…',
  empty: 'No hay métodos de pago disponibles',
  fetchError: 'No se pudieron cargar los métodos de pago.',
  offline: 'Comprueba tu conexión a internet y vuelve a intentarlo.',
  unavailable: 'El servicio de pago no responde. Vuelve a intentarlo en un momento.',
  misconfigured: 'Este pago no está bien configurado. Ponte en contacto con la tienda.',
  retry: 'Reintentar',
  waitingPopup: 'Continúa en la ventana de {name}',
  waitingTab: 'Continúa en la pestaña de {name}',
  waitingPopupPay: 'Continúa en la ventana de {name} para pagar {amount}',
  waitingTabPay: 'Continúa en la pestaña de {name} para pagar {amount}',
  total: 'Total: {amount}',
  cancel: 'Cancelar',
  popupBlocked: 'Tu navegador ha bloqueado la ventana de {name}.',
  continueWith: 'Continuar con {name}',
  redirecting: 'Redirigiendo a {name}…',
  topNavBlocked: 'Esta página no puede abrir {name} por sí sola.',
  continueTo: 'Ir a {name}',
  connected: '{name} conectado',
  paid: 'Pagado con {name}',
  canceled: 'Has cancelado — elige un método de pago',
  declined: '{name} lo ha rechazado — prueba con otro método',
  failed: '{name} no está disponible ahora — prueba con otro método',
} satisfies Messages;
