// The configuration of <support-center>, as TypeScript types: the one source of `config.schema.json` and of
// the runtime check in center.spec.ts, which `npm run build` generates from it (scripts/schema.js). The JSDoc
// tags `@pattern`, `@minimum` and `@minLength` become the schema's limits; the first sentence its description.
// A section's keys are its element's property names, with types the element accepts: the checks at the end of
// this file fail to compile otherwise.
import type { Theme } from '../../internal/base.js';
import type { Strings } from '../../locales/en.js';
import type { FaqItemData, SupportFaq } from '../faq/faq.component.js';
import type { HotlineContact, HotlineLine, HotlineSpecialHours, SupportHotline } from '../hotline/hotline.component.js';
import type { SupportCallPrep } from '../call-prep/call-prep.component.js';
import type { CallPrepField, CallPrepFieldType } from '../call-prep/call-prep.fields.js';
import type { DisputeRegimeOption, SupportDisputeChecklist } from '../dispute-checklist/dispute-checklist.component.js';
import type { DisputeRegime } from '../dispute-checklist/dispute-checklist.rules.js';
import type { DisputeItem, DisputeType } from '../dispute-checklist/dispute-checklist.types.js';

/** A section of the center, by its config key. Its id and slot name are `faq`, `hotline`, `call-prep`, `dispute`. */
export type CenterSection = 'faq' | 'hotline' | 'callPrep' | 'dispute';

/**
 * Overrides of an element's strings, by key (see its locale file). In the schema an object of strings: the
 * element ignores a key it does not know.
 */
export type StringOverrides<S extends keyof Strings> = Partial<Strings[S]>;

/**
 * A date, `YYYY-MM-DD`.
 * @pattern ^[0-9]{4}-[0-9]{2}-[0-9]{2}$
 */
export type IsoDate = string;

/** Values as an array or as one comma-separated string. */
export type List = string | string[];

/**
 * The one configuration of <support-center>: a child <script type="application/json">, the `config` property, or the JSON at `src`.
 * @title support-widgets <support-center> configuration
 */
export interface CenterConfig {
  /** The sections shown, in this order. Default: every section with a key in this object or a slotted replacement. */
  sections?: Array<CenterSection | 'call-prep'>;
  theme?: Theme;
  /** Overrides of the center's own strings (section names, navigation, messages). */
  strings?: StringOverrides<'center'>;
  /** <support-faq>. */
  faq?: CenterFaqConfig;
  /** <support-hotline>. Its lines also show, compactly, beside the call summary. */
  hotline?: CenterHotlineConfig;
  /** <support-call-prep>. */
  callPrep?: CenterCallPrepConfig;
  /** <support-dispute-checklist>. */
  dispute?: CenterDisputeConfig;
}

/** The `faq` section: properties of <support-faq>. */
export interface CenterFaqConfig {
  items?: FaqItemConfig[];
  searchable?: boolean;
  feedback?: boolean;
  single?: boolean;
  structuredData?: boolean;
  strings?: StringOverrides<'faq'>;
  /** The merchant's default language (BCP 47 tag like `en`): shown when an item given per language has not the page's. */
  defaultLang?: string;
  /** Lists up to three related questions as links under an open answer. */
  related?: boolean;
  /** Groups of words or phrases the search takes as the same: `[["refund", "money back"], ["退款", "退钱"]]`. */
  synonyms?: string[][];
}

/** A question and its answer. */
export interface FaqItemConfig {
  /** Deep-link id; made from the question when missing (from the default language's question when given per language). */
  id?: string;
  /** The question, or the question per language. */
  question: FaqTextConfig;
  /** Safe format: blank lines between paragraphs, `- ` list lines, **bold**, [text](url). A string, or per language. */
  answer: FaqTextConfig;
  /** The filter chip it is under, or the chip per language. */
  category?: FaqTextConfig;
}

/** A text, or texts by BCP 47 language tag: `{ "en": "…", "zh-CN": "…", "ar": "…" }`. */
export type FaqTextConfig = FaqText | { [language: string]: FaqText };

/**
 * A non-empty text.
 * @minLength 1
 */
export type FaqText = string;

/** The `hotline` section: properties of <support-hotline>. */
export interface CenterHotlineConfig {
  lines?: HotlineLineConfig[];
  verifyUrl?: string;
  /** Where the estimated wait of each line is fetched: same-origin or https:. */
  statusEndpoint?: string;
  /** Where a callback request is POSTed: same-origin or https:. */
  callbackEndpoint?: string;
  noSafetyNotice?: boolean;
  structuredData?: boolean;
  strings?: StringOverrides<'hotline'>;
}

/** A phone line. */
export interface HotlineLineConfig {
  label?: string;
  /**
   * E.164: +18005550100.
   * @pattern ^\+[1-9][0-9 ().-]{1,20}$
   */
  number: string;
  display?: string;
  languages?: List;
  /** schema.org openingHours: Mo-Fr 09:00-18:00; Sa 10:00-14:00 */
  hours?: string;
  /** IANA time zone, required with hours. */
  timezone?: string;
  closures?: List;
  tollFree?: boolean;
  hearingImpaired?: boolean;
  note?: string;
  /** Holidays and exceptional opening: "2026-12-24 09:00-13:00", "2026-12-25 off", or objects; in the line's time zone. */
  specialHours?: string | Array<SpecialHoursText | SpecialHoursConfig>;
  /** Other ways to reach the same team. */
  contacts?: ContactConfig[];
}

/**
 * A date or dates and their hours: 2026-12-24 09:00-13:00, 2026-12-25 off, 2026-12-27/2026-12-31 10:00-16:00.
 * @pattern ^\s*[0-9]{4}-[0-9]{2}-[0-9]{2}(/[0-9]{4}-[0-9]{2}-[0-9]{2})?\s+\S
 */
type SpecialHoursText = string;

/** Special hours as schema.org OpeningHoursSpecification with validFrom and validThrough. */
export interface SpecialHoursConfig {
  validFrom: IsoDate;
  validThrough?: IsoDate;
  /** @pattern ^[0-9]{1,2}:[0-9]{2}$ */
  opens?: string;
  /** @pattern ^[0-9]{1,2}:[0-9]{2}$ */
  closes?: string;
  name?: string;
}

/** Another way to reach the team of a line. */
export interface ContactConfig {
  type: 'email' | 'chat' | 'whatsapp' | 'line' | 'wechat';
  /** @minLength 1 */
  value: string;
  label?: string;
  /** When it is answered, schema.org openingHours in the line's time zone; always when missing. */
  hours?: string;
}

/** The `callPrep` section: properties of <support-call-prep>. */
export interface CenterCallPrepConfig {
  fields?: Array<string | CallPrepFieldConfig>;
  topics?: Array<string | CallPrepTopicConfig>;
  storageKey?: string;
  endpoint?: string;
  noPersist?: boolean;
  /** @minimum 0 */
  retentionDays?: number;
  /** Values from your page by data key (`txn`, `amount`, `amountCurrency`, `when`, `whenZone`, …): they fill only empty fields. */
  prefillValues?: Record<string, string>;
  prefillFromUrl?: boolean;
  prefillReadonly?: boolean;
  appVersion?: string;
  strings?: StringOverrides<'callPrep'>;
}

/** A topic of your own: its id and the name users choose it by (the element refuses an empty name). */
export interface CallPrepTopicConfig {
  /** @pattern ^[A-Za-z][A-Za-z0-9-]*$ */
  id: string;
  /**
   * @minLength 1
   * @pattern \S
   */
  label: string;
}

/** A field of the call form: a built-in one changed, or a custom one. */
export interface CallPrepFieldConfig {
  /** @pattern ^[A-Za-z][A-Za-z0-9-]*$ */
  id: string;
  type?: CallPrepFieldType;
  label?: string;
  hint?: string;
  required?: boolean;
  topics?: string[];
  options?: string[];
}

/** The `dispute` section: properties of <support-dispute-checklist>. */
export interface CenterDisputeConfig {
  types?: DisputeTypeConfig[];
  /** The dispute type chosen initially. */
  type?: string;
  regime?: DisputeRegime;
  /** The payment kinds offered in "How did you pay?" when regime is not set. */
  regimes?: string | Array<DisputeRegime | DisputeRegimeConfig>;
  transactionDate?: IsoDate;
  statementDate?: IsoDate;
  expectedDate?: IsoDate;
  receivedDate?: IsoDate;
  returnedDate?: IsoDate;
  cancelledDate?: IsoDate;
  refundDate?: IsoDate;
  amount?: AmountNumber | AmountText;
  /** @pattern ^[A-Za-z]{3}$ */
  currency?: string;
  /** @minLength 1 */
  merchantName?: string;
  prefillFromUrl?: boolean;
  /** @minimum 0 */
  windowDays?: number;
  disputeId?: string;
  storageKey?: string;
  /** @minimum 0 */
  retentionDays?: number;
  noPersist?: boolean;
  noBuiltIns?: boolean;
  strings?: StringOverrides<'dispute'>;
}

/** @minimum 0 */
type AmountNumber = number;
/** @pattern ^[0-9]{1,12}([.][0-9]{1,4})?$ */
type AmountText = string;

/** A payment kind with its own label. */
export interface DisputeRegimeConfig {
  id: DisputeRegime;
  /** @minLength 1 */
  label?: string;
}

/** A kind of dispute and its evidence. */
export interface DisputeTypeConfig {
  /** @minLength 1 */
  id: string;
  label?: string;
  description?: string;
  extend?: boolean;
  items: DisputeItemConfig[];
}

/** A piece of evidence. */
export interface DisputeItemConfig {
  /** @minLength 1 */
  id: string;
  /** @minLength 1 */
  label: string;
  reason?: string;
  required?: boolean;
}

// Compile-time checks: each section's keys are properties of its element, of a type the element accepts.
type Accepts<Element, Config> = [keyof Config] extends [keyof Element]
  ? [Config] extends [Partial<Pick<Element, keyof Config & keyof Element>>]
    ? true
    : false
  : false;
type Is<A, B> = [A] extends [B] ? true : false;
type Check<T extends true> = T;
export type ConfigFitsElements = [
  Check<Accepts<SupportFaq, CenterFaqConfig>>,
  Check<Accepts<SupportHotline, CenterHotlineConfig>>,
  Check<Accepts<SupportCallPrep, CenterCallPrepConfig>>,
  Check<Accepts<SupportDisputeChecklist, CenterDisputeConfig>>,
  Check<Is<FaqItemConfig, FaqItemData>>,
  Check<Is<HotlineLineConfig, HotlineLine>>,
  Check<Is<SpecialHoursConfig, HotlineSpecialHours>>,
  Check<Is<ContactConfig, HotlineContact>>,
  Check<Is<CallPrepFieldConfig, Partial<CallPrepField>>>,
  Check<Is<DisputeRegimeConfig, DisputeRegimeOption>>,
  Check<Is<DisputeTypeConfig, DisputeType>>,
  Check<Is<DisputeItemConfig, DisputeItem>>,
];
