import type { Messages } from '../en.js';

/** Arabic (laid out right to left: see `isRightToLeft`). */
export default {
  heading: 'اختر طريقة الدفع',
  loading: 'جارٍ تحميل طرق الدفع…',
  empty: 'لا تتوفر طرق دفع',
  fetchError: 'تعذّر تحميل طرق الدفع.',
  offline: 'تحقّق من اتصالك بالإنترنت ثم أعد المحاولة.',
  unavailable: 'خدمة الدفع لا تستجيب. أعد المحاولة بعد قليل.',
  misconfigured: 'صفحة الدفع هذه غير مُعدّة بشكل صحيح. يُرجى التواصل مع المتجر.',
  retry: 'إعادة المحاولة',
  waitingPopup: 'تابع في نافذة {name}',
  waitingTab: 'تابع في علامة تبويب {name}',
  waitingPopupPay: 'تابع في نافذة {name} لدفع {amount}',
  waitingTabPay: 'تابع في علامة تبويب {name} لدفع {amount}',
  total: 'الإجمالي: {amount}',
  cancel: 'إلغاء',
  popupBlocked: 'حظر متصفحك نافذة {name}.',
  continueWith: 'المتابعة باستخدام {name}',
  redirecting: 'جارٍ التحويل إلى {name}…',
  topNavBlocked: 'لا يمكن لهذه الصفحة فتح {name} بنفسها.',
  continueTo: 'المتابعة إلى {name}',
  connected: 'تم ربط {name}',
  paid: 'تم الدفع باستخدام {name}',
  canceled: 'ألغيت العملية — اختر طريقة دفع',
  declined: 'رفض {name} العملية — جرّب طريقة أخرى',
  failed: '{name} غير متاح حاليًا — جرّب طريقة أخرى',
} satisfies Messages;
