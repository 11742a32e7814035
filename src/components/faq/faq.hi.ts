import type { FaqStrings } from './faq.en.js';

/** Hindi strings of <support-faq> (formal: आप; English loanwords as Indian payment apps write them). */
export const faq: FaqStrings = {
  search: 'सवाल खोजें',
  categories: 'श्रेणियां',
  all: 'सभी',
  results: '{n, plural, one {# परिणाम} other {# परिणाम}}',
  best: 'सबसे मिलते-जुलते सवाल',
  none: 'कोई मिलता-जुलता जवाब नहीं मिला।',
  copy: 'लिंक कॉपी करें',
  copyFor: '{label}: {question}',
  copied: 'लिंक कॉपी हो गया',
  copyFailed: 'कॉपी नहीं हो सका',
  helpful: 'क्या यह जवाब उपयोगी था?',
  yes: 'हां',
  no: 'नहीं',
  yesFor: '{label}, “{question}” का जवाब उपयोगी था',
  noFor: '{label}, “{question}” का जवाब उपयोगी नहीं था',
  thanks: 'आपकी प्रतिक्रिया के लिए धन्यवाद!',
  otherLanguage: 'यह जवाब आपकी भाषा में उपलब्ध नहीं है, इसलिए इसे {language} में दिखाया गया है।',
  related: 'संबंधित सवाल',
  // Both spellings people type (with and without the nukta: रिफ़ंड, रिफंड) and the English words in Devanagari.
  synonyms:
    'कार्ड,क्रेडिट कार्ड,डेबिट कार्ड,एटीएम कार्ड;भुगतान,पेमेंट,चार्ज,कटौती,पैसे कटे;असफल,विफल,फेल,अस्वीकृत,रिजेक्ट,डिक्लाइन;रिफ़ंड,रिफंड,धनवापसी,पैसे वापस;विवाद,शिकायत,चार्जबैक,डिस्प्यूट;पासवर्ड,पासकोड;लेन-देन,लेनदेन,ट्रांज़ैक्शन,ट्रांजेक्शन',
  variants: '',
};
