/** Words the customer is addressed by, in id, ms and en (the normalised spelling). */
export const ADDRESS =
  '(?:anda|kakak|kak|bapak|pak|ibu|bu|encik|cik|tuan|puan|awak|kamu|kalian|korang|saudara|saudari|sis|gan|agan|mas|mbak|mba|abang|bang|dik|adik|you|your|sir|madam|maam)';
