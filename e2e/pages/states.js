// A stand-in engine for states.html: the real drop-in (dist/paydrop.js), driven into one state.
(() => {
  const query = new URLSearchParams(location.search);
  const state = query.get('state') || 'list';
  const theme = query.get('theme') || 'light';
  const locale = query.get('locale') || 'en';
  const pay = query.get('pay') === '1';
  document.body.className = theme;
  document.documentElement.lang = locale;
  if (locale === 'ar') document.documentElement.dir = 'rtl';

  const logo = (letter, fill) =>
    `data:image/svg+xml,${encodeURIComponent(
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 36 24"><rect width="36" height="24" rx="4" fill="${fill}"/><text x="18" y="17" font-family="sans-serif" font-size="13" font-weight="700" fill="#fff" text-anchor="middle">${letter}</text></svg>`,
    )}`;
  const gateway = (id, name, logoUrl) => ({
    id: `gway_conf_${id}`,
    name,
    enabled: true,
    default_currency: 'EUR',
    gateway: { name: id, display_name: name, logo_url: logoUrl, flows: ['one-off', 'tokenization'] },
  });
  const configs = [
    gateway('paypal', 'PayPal', logo('P', '#003087')),
    gateway('klarna', 'Klarna', ''),
    gateway('ideal', 'iDEAL', logo('i', '#a3005f')),
  ];
  // For an invoice the provider names its amount beside the list, as the sandbox does.
  if (pay) configs.invoice = { amount: '24.00', currency: 'EUR' };

  const listeners = {};
  const emit = (name, event) => {
    for (const listener of listeners[name] || []) listener(event);
  };
  const never = new Promise(() => {});
  const flow = (config) => {
    switch (state) {
      case 'popup-blocked':
        emit('popup-blocked', { config, fallback: 'continue', retry: () => {} });
        return never;
      case 'redirecting':
        emit('opened', { config, mode: 'redirect' });
        return never;
      case 'top-nav':
        emit('top-navigation-blocked', { config, url: 'https://provider.example/checkout' });
        return never;
      case 'canceled':
        return Promise.resolve({ error: new Paydrop.CanceledError('canceled') });
      case 'declined':
        return Promise.resolve({ error: new Paydrop.DeclinedError('declined') });
      case 'failed':
        return Promise.resolve({ error: new Paydrop.GatewayUnavailableError('unavailable') });
      case 'success':
      case 'paid':
        return Promise.resolve(
          pay
            ? { token: 'gway_req_1', invoiceId: 'iv_1' }
            : { token: 'gway_req_1', customerId: 'cust_1', tokenId: 'tok_1' },
        );
      default:
        emit('opened', { config, mode: 'popup' });
        return never;
    }
  };
  const client = {
    projectId: 'test-proj_states',
    apiUrl: location.origin,
    checkoutUrl: location.origin,
    locale: undefined,
    mode: 'popup',
    popupBlocked: 'continue',
    fetchGatewayConfigurations: () =>
      state === 'loading'
        ? never
        : state === 'error'
          ? Promise.reject(new Paydrop.NetworkError('Failed to fetch'))
          : Promise.resolve(state === 'empty' ? [] : configs),
    tokenize: flow,
    pay: flow,
    on: (name, listener) => {
      listeners[name] = [...(listeners[name] || []), listener];
      return () => {};
    },
  };

  const element = document.getElementById('paydrop');
  const checkout = Paydrop.mount(element, {
    client,
    ...(pay ? { invoiceId: 'iv_1' } : { customerId: 'cust_1', tokenId: 'tok_1' }),
    locale,
    theme,
    hideHeading: query.get('hideHeading') === '1',
    // Every state past the list starts with a click on the first method, as a shopper's would.
    onReady: () => {
      if (state !== 'list') element.shadowRoot.querySelector('.pd-method')?.click();
    },
    onError: () => {},
  });
  window.checkout = checkout;
})();
