import type { Messages } from '../en.js';

/** Chinese (Simplified). */
export default {
  heading: '选择付款方式',
  loading: '正在加载付款方式…',
  empty: '没有可用的付款方式',
  fetchError: '无法加载付款方式。',
  offline: '请检查网络连接，然后重试。',
  unavailable: '支付服务没有响应，请稍后重试。',
  misconfigured: '此结账页面设置有误，请联系商家。',
  retry: '重试',
  waitingPopup: '请在 {name} 窗口中继续',
  waitingTab: '请在 {name} 标签页中继续',
  waitingPopupPay: '请在 {name} 窗口中继续支付 {amount}',
  waitingTabPay: '请在 {name} 标签页中继续支付 {amount}',
  total: '合计：{amount}',
  cancel: '取消',
  popupBlocked: '浏览器拦截了 {name} 窗口。',
  continueWith: '继续使用 {name}',
  redirecting: '正在跳转到 {name}…',
  topNavBlocked: '此页面无法自行打开 {name}。',
  continueTo: '前往 {name}',
  connected: '已关联 {name}',
  paid: '已通过 {name} 付款',
  canceled: '已取消，请选择付款方式',
  declined: '{name} 已拒绝，请换一种方式',
  failed: '{name} 暂时无法使用，请换一种方式',
} satisfies Messages;
