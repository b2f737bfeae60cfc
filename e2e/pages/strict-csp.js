// External on purpose: the page's policy forbids inline scripts.
fetch('/api/checkout', { method: 'POST' })
  .then((response) => response.json())
  .then((checkout) => {
    var result = document.getElementById('result');
    result.dataset.customerId = checkout.customerId;
    result.dataset.tokenId = checkout.tokenId;
    Paydrop.mount(document.getElementById('paydrop'), {
      client: { projectId: checkout.projectId, apiUrl: checkout.apiUrl },
      customerId: checkout.customerId,
      tokenId: checkout.tokenId,
      mode: 'popup',
      locale: new URLSearchParams(location.search).get('locale') || undefined,
      onToken: (r) => {
        result.textContent = `token ${r.token}`;
      },
      onError: (e) => {
        result.textContent = `error ${e.code}`;
      },
    });
  });
