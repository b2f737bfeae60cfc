import type { Messages } from '../en.js';

/** Japanese. */
export default {
  heading: 'お支払い方法を選択してください',
  loading: 'お支払い方法を読み込んでいます…',
  empty: 'ご利用いただけるお支払い方法がありません',
  fetchError: 'お支払い方法を読み込めませんでした。',
  offline: 'インターネット接続を確認して、もう一度お試しください。',
  unavailable: '決済サービスが応答していません。しばらくしてからもう一度お試しください。',
  misconfigured: 'この決済は正しく設定されていません。ショップにお問い合わせください。',
  retry: '再試行',
  waitingPopup: '{name}のウィンドウで続けてください',
  waitingTab: '{name}のタブで続けてください',
  waitingPopupPay: '{name}のウィンドウで続けて{amount}をお支払いください',
  waitingTabPay: '{name}のタブで続けて{amount}をお支払いください',
  total: '合計: {amount}',
  cancel: 'キャンセル',
  popupBlocked: 'ブラウザが{name}のウィンドウをブロックしました。',
  continueWith: '{name}で続ける',
  redirecting: '{name}に移動しています…',
  topNavBlocked: 'このページからは{name}を開けません。',
  continueTo: '{name}へ進む',
  connected: '{name}を登録しました',
  paid: '{name}でお支払いが完了しました',
  canceled: 'キャンセルしました。お支払い方法を選択してください',
  declined: '{name}で承認されませんでした。別の方法をお試しください',
  failed: '{name}は現在ご利用いただけません。別の方法をお試しください',
} satisfies Messages;
