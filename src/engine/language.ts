import type { Language } from './report.js';
import type { TextDocument } from './text/document.js';

/** Detects the draft's language: id, ms or en. (Stub: being written.) */
export function detectLanguage(_draft: TextDocument, _customer?: TextDocument): Language {
  return 'id';
}
