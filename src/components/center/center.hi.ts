import type { CenterStrings } from './center.en.js';

/** Hindi strings of <support-center> (formal: आप). */
export const center: CenterStrings = {
  nav: 'सहायता के विषय',
  faq: 'आम सवाल',
  hotline: 'हमें कॉल करें',
  callPrep: 'कॉल करने से पहले',
  dispute: 'लेन-देन पर विवाद',
  stuck: 'अब भी समस्या है? हमारे सहयोगी मदद कर सकते हैं:',
  checklist: 'विवाद चेकलिस्ट खोलें',
  status: 'हेल्पलाइन अभी',
  loading: 'सहायता लोड हो रही है…',
  failed: 'सहायता लोड नहीं हो सकी।',
  retry: 'फिर से कोशिश करें',
};
