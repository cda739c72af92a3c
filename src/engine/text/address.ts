/**
 * The words the customer is addressed by, in the normalised spelling, shared by the rules and the steps so that a
 * form of address added once is known everywhere.
 */

/** Polite forms of address and "you" in Indonesian and Malay: Kak, Bapak, Ibu, Encik, Cik, Tuan, Puan, Anda… */
export const CUSTOMER = '(?:anda|kakak|kak|bapak|pak|ibu|bu|mas|mbak|mba|kamu|agan|gan|sis|sista|encik|cik|tuan|puan|awak|saudara|saudari|akak|abang|bang|adik|dik)';

/** The polite forms and the blunt ones an angry writer uses (kau, engkau, situ, lo, lu). */
export const CUSTOMER_BLUNTLY = `(?:${CUSTOMER}|kau|engkau|situ|lo|lu)`;

/** Every way to address the customer in the three languages, for the steps (you, sir, madam, kalian, korang…). */
export const ANY_ADDRESS =
  '(?:anda|kakak|kak|bapak|pak|ibu|bu|encik|cik|tuan|puan|awak|kamu|kalian|korang|saudara|saudari|sis|gan|agan|mas|mbak|mba|abang|bang|dik|adik|you|your|sir|madam|maam)';
