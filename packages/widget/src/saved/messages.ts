/**
 * The saved-methods module's own words, in every language the drop-in speaks
 * (they travel with the module, so they cost the main chunk nothing).
 * `{name}` is the method, with its masked account when it has one.
 */
const en = {
  savedHeading: 'Your saved methods',
  pending: 'Pending',
  failed: 'Failed',
  remove: 'Remove',
  removeTitle: 'Remove {name}',
  removeConfirm: 'Remove {name}? You can add it again later.',
  removing: 'Removing…',
  keep: 'Keep',
  removed: '{name} removed',
  expired: 'Your session has expired: reload the page to see your saved methods.',
  savedError: 'Your saved methods could not be loaded.',
  saveFor: 'Save {name} for future payments',
  consent:
    'By saving, you allow this shop to charge your {name} account for future purchases. You can remove it at any time.',
};

export type SavedMessages = typeof en;

const catalogues: Record<string, SavedMessages> = {
  en,
  de: {
    savedHeading: 'Ihre gespeicherten Zahlungsarten',
    pending: 'Ausstehend',
    failed: 'Fehlgeschlagen',
    remove: 'Entfernen',
    removeTitle: '{name} entfernen',
    removeConfirm: '{name} entfernen? Sie können es später erneut hinzufügen.',
    removing: 'Wird entfernt…',
    keep: 'Behalten',
    removed: '{name} entfernt',
    expired:
      'Ihre Sitzung ist abgelaufen: Laden Sie die Seite neu, um Ihre gespeicherten Zahlungsarten zu sehen.',
    savedError: 'Ihre gespeicherten Zahlungsarten konnten nicht geladen werden.',
    saveFor: '{name} für künftige Zahlungen speichern',
    consent:
      'Mit dem Speichern erlauben Sie diesem Shop, Ihr {name}-Konto für künftige Einkäufe zu belasten. Sie können es jederzeit entfernen.',
  },
  fr: {
    savedHeading: 'Vos moyens de paiement enregistrés',
    pending: 'En attente',
    failed: 'Échec',
    remove: 'Supprimer',
    removeTitle: 'Supprimer {name}',
    removeConfirm: 'Supprimer {name} ? Vous pourrez l’ajouter de nouveau plus tard.',
    removing: 'Suppression…',
    keep: 'Garder',
    removed: '{name} supprimé',
    expired: 'Votre session a expiré : rechargez la page pour voir vos moyens de paiement enregistrés.',
    savedError: 'Vos moyens de paiement enregistrés n’ont pas pu être chargés.',
    saveFor: 'Enregistrer {name} pour mes prochains paiements',
    consent:
      'En enregistrant, vous autorisez cette boutique à débiter votre compte {name} pour vos prochains achats. Vous pouvez le supprimer à tout moment.',
  },
  es: {
    savedHeading: 'Tus métodos guardados',
    pending: 'Pendiente',
    failed: 'Fallido',
    remove: 'Eliminar',
    removeTitle: 'Eliminar {name}',
    removeConfirm: '¿Eliminar {name}? Puedes añadirlo de nuevo más tarde.',
    removing: 'Eliminando…',
    keep: 'Conservar',
    removed: '{name} eliminado',
    expired: 'Tu sesión ha caducado: recarga la página para ver tus métodos guardados.',
    savedError: 'No se pudieron cargar tus métodos guardados.',
    saveFor: 'Guardar {name} para futuros pagos',
    consent:
      'Al guardarlo, permites que esta tienda cargue tu cuenta de {name} en futuras compras. Puedes eliminarlo en cualquier momento.',
  },
  it: {
    savedHeading: 'I tuoi metodi salvati',
    pending: 'In attesa',
    failed: 'Non riuscito',
    remove: 'Rimuovi',
    removeTitle: 'Rimuovi {name}',
    removeConfirm: 'Rimuovere {name}? Potrai aggiungerlo di nuovo più tardi.',
    removing: 'Rimozione…',
    keep: 'Mantieni',
    removed: '{name} rimosso',
    expired: 'La sessione è scaduta: ricarica la pagina per vedere i tuoi metodi salvati.',
    savedError: 'Non è stato possibile caricare i tuoi metodi salvati.',
    saveFor: 'Salva {name} per i pagamenti futuri',
    consent:
      'Salvandolo, autorizzi questo negozio ad addebitare il tuo conto {name} per gli acquisti futuri. Puoi rimuoverlo in qualsiasi momento.',
  },
  nl: {
    savedHeading: 'Je opgeslagen methoden',
    pending: 'In behandeling',
    failed: 'Mislukt',
    remove: 'Verwijderen',
    removeTitle: '{name} verwijderen',
    removeConfirm: '{name} verwijderen? Je kunt het later opnieuw toevoegen.',
    removing: 'Verwijderen…',
    keep: 'Behouden',
    removed: '{name} verwijderd',
    expired: 'Je sessie is verlopen: laad de pagina opnieuw om je opgeslagen methoden te zien.',
    savedError: 'Je opgeslagen methoden konden niet worden geladen.',
    saveFor: '{name} bewaren voor toekomstige betalingen',
    consent:
      'Door op te slaan sta je deze winkel toe je {name}-rekening te belasten voor toekomstige aankopen. Je kunt het altijd verwijderen.',
  },
  pl: {
    savedHeading: 'Twoje zapisane metody',
    pending: 'Oczekuje',
    failed: 'Nieudane',
    remove: 'Usuń',
    removeTitle: 'Usuń {name}',
    removeConfirm: 'Usunąć {name}? Możesz dodać ją ponownie później.',
    removing: 'Usuwanie…',
    keep: 'Zachowaj',
    removed: 'Usunięto {name}',
    expired: 'Sesja wygasła: odśwież stronę, aby zobaczyć zapisane metody.',
    savedError: 'Nie udało się wczytać zapisanych metod.',
    saveFor: 'Zapisz {name} do przyszłych płatności',
    consent:
      'Zapisując, zgadzasz się, aby ten sklep obciążał Twoje konto {name} przy przyszłych zakupach. Możesz je usunąć w dowolnym momencie.',
  },
  pt: {
    savedHeading: 'Os seus métodos guardados',
    pending: 'Pendente',
    failed: 'Falhou',
    remove: 'Remover',
    removeTitle: 'Remover {name}',
    removeConfirm: 'Remover {name}? Pode adicioná-lo de novo mais tarde.',
    removing: 'A remover…',
    keep: 'Manter',
    removed: '{name} removido',
    expired: 'A sua sessão expirou: recarregue a página para ver os seus métodos guardados.',
    savedError: 'Não foi possível carregar os seus métodos guardados.',
    saveFor: 'Guardar {name} para pagamentos futuros',
    consent:
      'Ao guardar, autoriza esta loja a cobrar a sua conta {name} em compras futuras. Pode removê-lo a qualquer momento.',
  },
  sv: {
    savedHeading: 'Dina sparade betalsätt',
    pending: 'Väntar',
    failed: 'Misslyckades',
    remove: 'Ta bort',
    removeTitle: 'Ta bort {name}',
    removeConfirm: 'Ta bort {name}? Du kan lägga till det igen senare.',
    removing: 'Tar bort…',
    keep: 'Behåll',
    removed: '{name} borttaget',
    expired: 'Din session har gått ut: ladda om sidan för att se dina sparade betalsätt.',
    savedError: 'Dina sparade betalsätt kunde inte laddas.',
    saveFor: 'Spara {name} för framtida betalningar',
    consent:
      'Genom att spara låter du den här butiken debitera ditt {name}-konto vid framtida köp. Du kan ta bort det när som helst.',
  },
  ja: {
    savedHeading: '保存済みのお支払い方法',
    pending: '確認中',
    failed: '失敗',
    remove: '削除',
    removeTitle: '{name} を削除',
    removeConfirm: '{name} を削除しますか？後でもう一度追加できます。',
    removing: '削除しています…',
    keep: '残す',
    removed: '{name} を削除しました',
    expired:
      'セッションの有効期限が切れました。ページを再読み込みすると保存済みのお支払い方法が表示されます。',
    savedError: '保存済みのお支払い方法を読み込めませんでした。',
    saveFor: '今後の支払いのために {name} を保存する',
    consent:
      '保存すると、このショップが今後の購入であなたの {name} アカウントに請求できるようになります。いつでも削除できます。',
  },
  zh: {
    savedHeading: '您保存的支付方式',
    pending: '待确认',
    failed: '失败',
    remove: '删除',
    removeTitle: '删除 {name}',
    removeConfirm: '删除 {name}？您以后可以再次添加。',
    removing: '正在删除…',
    keep: '保留',
    removed: '已删除 {name}',
    expired: '您的会话已过期：请重新加载页面以查看您保存的支付方式。',
    savedError: '无法加载您保存的支付方式。',
    saveFor: '保存 {name} 以便日后付款',
    consent: '保存后，您允许本店在日后购物时从您的 {name} 账户扣款。您可以随时删除。',
  },
  ar: {
    savedHeading: 'طرق الدفع المحفوظة',
    pending: 'قيد الانتظار',
    failed: 'فشل',
    remove: 'إزالة',
    removeTitle: 'إزالة {name}',
    removeConfirm: 'هل تريد إزالة {name}؟ يمكنك إضافتها مرة أخرى لاحقًا.',
    removing: 'جارٍ الإزالة…',
    keep: 'إبقاء',
    removed: 'تمت إزالة {name}',
    expired: 'انتهت صلاحية جلستك: أعد تحميل الصفحة لعرض طرق الدفع المحفوظة.',
    savedError: 'تعذّر تحميل طرق الدفع المحفوظة.',
    saveFor: 'حفظ {name} للمدفوعات المستقبلية',
    consent:
      'بالحفظ، تسمح لهذا المتجر بالخصم من حساب {name} الخاص بك في المشتريات المستقبلية. يمكنك إزالته في أي وقت.',
  },
};

/** `pt-BR` → `pt` → English, as the drop-in picks its catalogue. */
export function messagesFor(locale: string): SavedMessages {
  const lower = locale.toLowerCase();
  return catalogues[lower] ?? catalogues[lower.split('-')[0] ?? ''] ?? en;
}
