// The words that introduce a secret in this language (see SecretWords in secret-words.ts): loaded with the
// language's first file, or at once by its entry point, and added to the detector for every element.
import type { SecretWords } from './secret-words.js';

/** The same in Portuguese: `a senha de 6 dígitos é 482913`. */
// R10-8: also without "de", as a form's hint: `código de segurança (3 dígitos): 123`.
const PT_COUNT = ['3', '4', '6', '8', 'três', 'quatro', 'seis', 'oito'].flatMap((n) => [`de ${n} dígitos`, `${n} dígitos`]);
// Brazilian Portuguese (pt-PT falls back to it). As Brazilian banks name them in their apps, SMS and help pages:
// "código de verificação" (Nubank, Inter, Mercado Pago), "token" and "iToken" (Itaú), "chave de segurança"
// (Bradesco), "senha" for both the password and the card's PIN ("senha do cartão", "senha de 4/6 dígitos",
// "senha eletrônica", "senha do app"), "código de segurança" for the CVV ("os 3 números do verso do cartão").
// Not "código" alone nor "chave" alone: "código de barras", "código de rastreamento", "chave Pix" (a CPF, phone
// or e-mail: public by design) are ordinary. From knowledge of these banks' wording, not a published standard.
// `senha` (ASCII) is found before longer non-ASCII keywords starting with it: the words after it are links.
export const secrets: SecretWords = {
  publicWords: [
    ...['reclamaç*', 'reclamac*', 'chamado*', 'solicitaç*', 'solicitac*'],
    ...['protocolo*', 'número*', 'data', 'tarifa*', 'taxa*', 'custo', 'custos', 'celular*', 'telefone*', 'email*', 'e-mail*', 'página*'],
    ...['link*', 'versão*', 'remetente*', 'gerenciador*', 'bloquead*', 'esquecid*', 'redefinid*', 'alterad*', 'trocad*', 'expirad*'],
    ...['vencid*', 'desde$', 'em$'],
  ],
  numbered: [
    ...['!pedido*', '!reembolso*', '!devolução*', '!rastre*', '!entrega*', '!encomenda*', '!fatura*', '!protocolo*'],
    ...['pagamento*', 'transferência*', 'pix', 'número*', 'conta*', 'valor*', 'compra*', 'de$'],
  ],
  units: ['reais', '~vezes', '~dias', '~minutos'],
  codes: [
    'código de verificação',
    'código de segurança',
    'código de confirmação',
    'código de autenticação',
    'código de acesso',
    'código de ativação',
    'código de validação',
    'código de uso único',
    'código temporário',
    'código do SMS',
    'código do token',
    'código que recebi',
    'código que chegou',
    'código recebido',
    'código é',
    // "My/your code", and WhatsApp's own SMS: `Seu código do WhatsApp: 482-913` (R9-4).
    'meu código',
    'seu código',
    'código do WhatsApp',
    'código era',
    // R10-3: código alone with its colon, as Spanish `código:` and Italian `codice:`.
    'código:',
    'chave de segurança',
    'itoken',
    'números do verso',
    'número do verso',
    'dígitos do verso',
    'código do verso',
    'números de trás',
    'dígitos de trás',
    'número de segurança',
    // R10-10: "the (3) digits on the back", without "de".
    'dígitos atrás',
    'números atrás',
    'código atrás',
    'número de trás',
    'código de trás',
  ],
  publicCodes: [
    ...['pedido', 'erro', 'barras', 'cliente', 'rastreamento', 'desconto', 'cupom', 'rastreio', 'loja'],
    // R12-7: a call's protocol number, a ticket, an invoice, a claim (`Protocolo 482913 - código de verificação não chega`).
    ...['protocolo', 'chamado', 'ticket', 'fatura', 'nota fiscal', 'solicitação', 'reclamação', 'ordem', 'caso', 'referência', 'contrato'],
  ],
  passwords: ['senha', 'senha do cartão', 'senha eletrônica'],
  links: [
    // R22-5: a hedge between the name and the value, as an unsure customer writes it.
    ...['provavelmente', 'talvez', 'acho que é', 'deve ser', 'deveria ser'],
    ...[
      'é',
      'era',
      'foi',
      'são',
      'nova',
      'novo',
      'atual',
      'do cartão',
      'do meu cartão',
      'da conta',
      'da minha conta',
      'de acesso',
      'do app',
      'do aplicativo',
      'eletrônica',
      'da internet',
      'de saque',
      'do caixa eletrônico',
      'por SMS',
      'pelo SMS',
      'pelo WhatsApp',
      'por e-mail',
    ],
    ...PT_COUNT,
  ],
  // Answers that give no password, kept after a password's name (see NO_PASSWORD); a group's languages share them.
  none: [
    // "Forgot it", "don't know", "don't remember", "none", "don't have one" ("senha: esqueci").
    'esqueci',
    'eu esqueci',
    'não sei',
    'não lembro',
    'não me lembro',
    'nenhuma',
    'não tenho',
  ],
};
