import type { DisputeGuidanceStrings } from './dispute-checklist.en.js';

/** Turkish guidance of <support-dispute-checklist> (the deadline rules, the evidence items and why each matters): its second file, see DisputeGuidanceStrings. */
export const dispute: DisputeGuidanceStrings = {
  written:
    'ABD kredi kartları: itirazınızı yazılı olarak, hesap özetinizde belirtilen fatura hatası (billing error) adresine gönderin (ödeme adresine değil). Yalnızca telefonla bildirmek haklarınızı korumaz.',
  'w-us-reg-z': 'ABD kredi kartları: mektubunuz, harcamanın ilk göründüğü hesap özetinden itibaren 60 gün içinde bankanıza ulaşmalıdır.',
  'w-us-reg-e': 'ABD banka kartları ve havaleler: harcamanın ilk göründüğü hesap özetinden itibaren 60 gün içinde bankanıza bildirin.',
  'w-us-reg-e-lost':
    'Kartınız veya PIN’iniz kaybolduysa ya da çalındıysa, fark ettikten sonra 2 iş günü içinde bankanıza bildirin: sonrasında 500 dolara kadar kaybedebilirsiniz.',
  'w-eu-psd2-71': 'AB ve AEA: fark eder etmez bankanıza bildirin; kanun, paranın hesabınızdan çıktığı günden itibaren en fazla 13 ay tanır.',
  'w-eu-none':
    'AB ve AEA: kanun bu tür bir sorun için süre belirlemez; süreyi bankanızın kart kuralları belirler, genellikle harcamadan itibaren 120 gün. Bankanıza hemen sorun.',
  'w-paypal-180': 'PayPal: ödemeden itibaren 180 gün içinde itiraz açın.',
  'w-eu-psd2-76':
    'AB ve AEA: ödemeyi onayladığınızda tutar tam olarak belli değilse (otomatik ödeme talimatı ya da otel veya araç kiralamada kartınızda bloke edilen tutar gibi), tahsilattan itibaren 8 hafta içinde bankanızdan iade isteyebilirsiniz. Aksi hâlde süreyi bankanızın kart kuralları belirler, genellikle harcamadan itibaren 120 gün. Bankanıza hemen sorun.',
  'w-paypal-error': 'PayPal: hatalı veya mükerrer bir tahsilatı, onu gösteren hesap özetinden itibaren 60 gün içinde bildirin.',
  'w-paypal-unauthorized': 'PayPal: sizin yapmadığınız bir ödemeyi, onu gösteren hesap özetinden itibaren 60 gün içinde bildirin.',
  'w-visa-13.1': 'Visa: bankanızın, söz verilen tarihten (tarih verilmediyse harcamadan) itibaren 120 günü vardır; en geç harcamadan 540 gün sonrasına kadar.',
  'w-visa-13.3': 'Visa: bankanızın, teslim aldığınız günden (veya harcamadan) itibaren 120 günü vardır; en geç harcamadan 540 gün sonrasına kadar.',
  'w-visa-13.6': 'Visa: bankanızın, iade onayındaki tarihten (veya harcamadan) itibaren 120 günü vardır; en geç harcamadan 540 gün sonrasına kadar.',
  'w-visa-120': 'Visa: bankanızın harcamadan itibaren 120 günü vardır. Bankanıza çok önceden bildirin: onun da zamana ihtiyacı var.',
  'w-mastercard-4853':
    'Mastercard: bankanızın, söz verilen tarihten (tarih verilmediyse harcamadan) itibaren 120 günü vardır; en geç harcamadan 540 gün sonrasına kadar.',
  'w-mastercard-4834':
    'Mastercard: mükerrer harcama, yanlış tutar veya başka bir yolla zaten ödenmiş bir harcama için bankanızın harcamadan itibaren 90 günü vardır.',
  'w-mastercard-120':
    'Mastercard: bankanızın harcamadan itibaren (açıklamaya uymayan ürünlerde teslim aldığınız günden itibaren) 120 günü vardır. Bankanıza çok önceden bildirin.',
  'dsc-unrecognized':
    'Önce bunun ne olduğunu öğrenin: mağazalar çoğu zaman başka bir adla tahsilat yapar, kartı sizinle birlikte kullanan biri de ödemiş olabilir. Kimse tanımıyorsa dolandırıcılık olarak bildirin.',
  'i-statement': 'Hesap özetindeki satır',
  'r-statement': 'İşyerinin adını, tarihi ve tahsil edilen tutarı gösterir.',
  'i-contact': 'Önce işyerine başvurduğunuzun kanıtı',
  'r-contact': 'E-postalar, sohbet kayıtları veya bir başvuru numarası: kartı veren bankalar önce işyeriyle çözmeyi denemenizi bekler.',
  'i-receipt': 'Fiş veya sipariş onayı',
  'r-receipt': 'Ne aldığınızı, ne zaman ve kaça aldığınızı gösterir.',
  'i-terms': 'Ne vaat edildiği',
  'r-terms': 'Ödeme yaptığınız andaki ilan, teslimat tarihi veya koşullar.',
  'i-tracking': 'Kargo takibi veya teslimat kaydı',
  'r-tracking': 'Hiç ulaşmadığını veya geç ulaştığını gösterir.',
  'i-photos': 'Sorunun fotoğrafları',
  'r-photos': 'Hasarı veya açıklamadan farkını gösterir.',
  'i-return': 'Geri gönderdiğinizin kanıtı',
  'r-return': 'İade tarihi, kargo firması ve takip numarası ya da işyerinin ürünü geri almayı reddetmesi.',
  'i-service': 'Hizmetteki sorun',
  'r-service': 'Tarihler, vaat edilen ve size sunulan; varsa bir uzman görüşü.',
  'i-descriptor': 'Hesap özetinizdeki adı araştırın',
  'r-descriptor': 'Tam adı ve yanındaki telefon numarasını aratın: mağazalar çoğu zaman başka bir şirket adıyla tahsilat yapar.',
  'i-household': 'Kartınızı veya hesabınızı paylaştığınız kişilere sorun',
  'r-household': 'Genellikle bir aile üyesinin alışverişi veya unutulmuş bir abonelik çıkar.',
  'i-other': 'Başka bir yolla ödediğinizin kanıtı',
  'r-other': 'İşyerine ödeme yapıldığını gösteren fiş, başka bir kartın hesap özeti veya çek.',
  'i-cancel': 'İptal onayı',
  'r-cancel': 'Bu tahsilattan önce iptal ettiğinizi gösterir.',
  'i-refund': 'İade sözü',
  'r-refund': 'İşyerinin parayı iade edeceğini bildiren mesajı veya iade faturası.',
  'i-both': 'Her iki işlem',
  'r-both': 'Geçerli harcamanın ve mükerrer harcamanın tarihi, tutarı ve referansı.',
  'i-price': 'Anlaşılan fiyat',
  'r-price': 'Tahsil edilen tutardan farklı bir teklif, fiş veya gösterilen fiyat.',
  'i-report': 'Kartı veren bankaya yaptığınız bildirim',
  'r-report': 'Bankanıza veya cüzdan uygulamanıza ne zaman bildirdiğiniz ve kartı ne zaman kapattırdığınız.',
  'i-card': 'Kartınızın nerede olduğu',
  'r-card': 'Harcama yapıldığında yanınızda mıydı, kayıp mıydı, çalınmış mıydı.',
  'i-story': 'Kısaca ne oldu',
  'r-story': 'Tarihler, ne beklediğiniz ve ne talep ettiğiniz.',
};
