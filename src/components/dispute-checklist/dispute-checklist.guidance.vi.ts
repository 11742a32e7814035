import type { DisputeGuidanceStrings } from './dispute-checklist.en.js';

/** Vietnamese guidance of <support-dispute-checklist> (the deadline rules, the evidence items and why each matters): its second file, see DisputeGuidanceStrings. */
export const dispute: DisputeGuidanceStrings = {
  written:
    'Thẻ tín dụng Mỹ: gửi khiếu nại bằng văn bản tới địa chỉ nhận khiếu nại sai sót thanh toán (billing error) ghi trên sao kê (không phải địa chỉ thanh toán). Chỉ gọi điện thì không giữ được quyền lợi của Quý khách.',
  'w-us-reg-z': 'Thẻ tín dụng Mỹ: ngân hàng phải nhận được thư của Quý khách trong vòng 60 ngày kể từ sao kê đầu tiên có giao dịch này.',
  'w-us-reg-e': 'Thẻ ghi nợ và chuyển khoản ở Mỹ: hãy báo ngân hàng trong vòng 60 ngày kể từ sao kê đầu tiên có giao dịch này.',
  'w-us-reg-e-lost':
    'Nếu thẻ hoặc mã PIN bị mất hay bị đánh cắp, hãy báo ngân hàng trong vòng 2 ngày làm việc kể từ khi phát hiện: sau đó Quý khách có thể mất tới 500 USD.',
  'w-eu-psd2-71': 'EU và EEA: hãy báo ngân hàng ngay khi phát hiện; luật cho tối đa 13 tháng kể từ ngày tiền rời khỏi tài khoản.',
  'w-eu-none':
    'EU và EEA: luật không đặt thời hạn cho loại vấn đề này, nhưng quy định thẻ của ngân hàng thì có, thường là 120 ngày kể từ ngày bị trừ tiền. Hãy hỏi ngân hàng sớm.',
  'w-paypal-180': 'PayPal: mở khiếu nại trong vòng 180 ngày kể từ ngày thanh toán.',
  'w-eu-psd2-76':
    'EU và EEA: nếu số tiền chính xác chưa được xác định khi Quý khách đồng ý thanh toán (ghi nợ trực tiếp, hoặc khoản tạm giữ trên thẻ ở khách sạn hay hãng thuê xe), Quý khách có thể yêu cầu ngân hàng hoàn tiền trong vòng 8 tuần kể từ ngày bị trừ tiền. Trong các trường hợp khác, thời hạn do quy định thẻ của ngân hàng đặt ra, thường là 120 ngày kể từ ngày bị trừ tiền. Hãy hỏi ngân hàng sớm.',
  'w-paypal-error': 'PayPal: báo khoản bị trừ sai hoặc trùng trong vòng 60 ngày kể từ sao kê có khoản đó.',
  'w-paypal-unauthorized': 'PayPal: báo khoản thanh toán Quý khách không thực hiện trong vòng 60 ngày kể từ sao kê có khoản đó.',
  'w-visa-13.1':
    'Visa: ngân hàng của Quý khách có 120 ngày kể từ ngày được hứa (hoặc ngày bị trừ tiền, nếu không có ngày hứa), tối đa 540 ngày sau ngày bị trừ tiền.',
  'w-visa-13.3': 'Visa: ngân hàng của Quý khách có 120 ngày kể từ ngày nhận được (hoặc ngày bị trừ tiền), tối đa 540 ngày sau ngày bị trừ tiền.',
  'w-visa-13.6': 'Visa: ngân hàng của Quý khách có 120 ngày kể từ ngày trên xác nhận hoàn tiền (hoặc ngày bị trừ tiền), tối đa 540 ngày sau ngày bị trừ tiền.',
  'w-visa-120': 'Visa: ngân hàng của Quý khách có 120 ngày kể từ ngày bị trừ tiền. Hãy báo ngân hàng thật sớm: ngân hàng cũng cần thời gian.',
  'w-mastercard-4853':
    'Mastercard: ngân hàng của Quý khách có 120 ngày kể từ ngày được hứa (hoặc ngày bị trừ tiền, nếu không có ngày hứa), tối đa 540 ngày sau ngày bị trừ tiền.',
  'w-mastercard-4834':
    'Mastercard: với khoản bị trừ trùng, sai số tiền hoặc đã thanh toán bằng cách khác, ngân hàng của Quý khách có 90 ngày kể từ ngày bị trừ tiền.',
  'w-mastercard-120':
    'Mastercard: ngân hàng của Quý khách có 120 ngày kể từ ngày bị trừ tiền (kể từ ngày nhận hàng, với hàng không đúng mô tả). Hãy báo ngân hàng thật sớm.',
  'dsc-unrecognized':
    'Trước tiên hãy tìm hiểu đây là khoản gì: cửa hàng thường thu tiền dưới một tên khác, và người dùng chung thẻ với Quý khách có thể đã thanh toán. Nếu không ai nhận ra, hãy báo đây là giao dịch gian lận.',
  'i-statement': 'Dòng giao dịch trên sao kê',
  'r-statement': 'Cho thấy tên người bán, ngày và số tiền đã bị trừ.',
  'i-contact': 'Bằng chứng đã liên hệ người bán trước',
  'r-contact': 'Email, tin nhắn chat hoặc số yêu cầu: ngân hàng phát hành thẻ muốn Quý khách liên hệ người bán trước.',
  'i-receipt': 'Biên lai hoặc xác nhận đơn hàng',
  'r-receipt': 'Cho thấy Quý khách đã mua gì, khi nào và với giá bao nhiêu.',
  'i-terms': 'Những gì đã được hứa',
  'r-terms': 'Mô tả sản phẩm, ngày giao hàng hoặc điều khoản lúc thanh toán.',
  'i-tracking': 'Thông tin vận đơn hoặc giao hàng',
  'r-tracking': 'Cho thấy hàng không đến hoặc đến muộn.',
  'i-photos': 'Ảnh chụp vấn đề',
  'r-photos': 'Cho thấy hư hỏng hoặc điểm khác với mô tả.',
  'i-return': 'Bằng chứng đã gửi trả hàng',
  'r-return': 'Ngày gửi trả, đơn vị vận chuyển và mã vận đơn, hoặc việc người bán từ chối nhận lại.',
  'i-service': 'Dịch vụ có vấn đề gì',
  'r-service': 'Ngày, những gì được hứa và những gì Quý khách nhận được; ý kiến chuyên gia nếu có.',
  'i-descriptor': 'Tra cứu tên trên sao kê',
  'r-descriptor': 'Tìm đúng tên đó và số điện thoại bên cạnh: cửa hàng thường thu tiền dưới tên doanh nghiệp khác.',
  'i-household': 'Hỏi những người dùng chung thẻ hoặc tài khoản',
  'r-household': 'Thường là một khoản mua của người thân hoặc một gói đăng ký bị quên.',
  'i-other': 'Bằng chứng đã thanh toán bằng cách khác',
  'r-other': 'Biên lai, sao kê của thẻ khác hoặc séc cho thấy người bán đã nhận tiền.',
  'i-cancel': 'Xác nhận hủy',
  'r-cancel': 'Cho thấy Quý khách đã hủy trước khoản bị trừ này.',
  'i-refund': 'Cam kết hoàn tiền',
  'r-refund': 'Tin nhắn hoặc giấy báo có của người bán cam kết hoàn tiền.',
  'i-both': 'Cả hai giao dịch',
  'r-both': 'Ngày, số tiền và mã tham chiếu của giao dịch hợp lệ và giao dịch trùng.',
  'i-price': 'Giá đã thỏa thuận',
  'r-price': 'Báo giá, biên lai hoặc giá niêm yết khác với số tiền bị trừ.',
  'i-report': 'Việc Quý khách đã báo ngân hàng phát hành',
  'r-report': 'Thời điểm Quý khách báo ngân hàng hoặc ví điện tử và khóa thẻ.',
  'i-card': 'Thẻ đã ở đâu',
  'r-card': 'Đang ở bên Quý khách, bị mất hay bị đánh cắp khi phát sinh khoản bị trừ.',
  'i-story': 'Tóm tắt sự việc',
  'r-story': 'Ngày, điều Quý khách mong đợi và điều Quý khách yêu cầu.',
};
