/** Which editor drives a composer: insertion and text reading differ per editor. */
export type EditorKind =
  | 'textarea'
  | 'contenteditable'
  | 'ckeditor5'
  | 'prosemirror'
  | 'quill'
  | 'lexical'
  | 'slate'
  | 'draftjs'
  | 'trix'
  | 'froala'
  | 'unknown';

/** Who reads what the agent writes: tone rules stay quiet for internal notes by default. */
export type Audience = 'customer' | 'internal';

/**
 * The element the agent types into: a textarea, or the top-most contenteditable element of a rich
 * editor. It may live in a same-origin iframe or an open shadow root, so compare by tag and
 * attributes, never with `instanceof` (each frame has its own HTMLElement).
 */
export type Composer = HTMLElement;

export interface SiteAdapter {
  /** The file name, as in refined-github: `helpscout.ts` has the id `helpscout`. */
  readonly id: string;
  /** The helpdesk's name as agents know it. */
  readonly name: string;
  /** Whether this page is the helpdesk's agent workspace. */
  matches(url: URL): boolean;
  /**
   * The visible reply composers in `root`, in document order, including those in same-origin
   * iframes and open shadow roots. Call it again when the page changes: single-page apps add
   * composers after load.
   */
  findComposers(root: ParentNode): Composer[];
  /** The customer's last message in the conversation the composer answers, when the page shows it. */
  customerMessage(composer: Element, doc: Document): string | undefined;
  /**
   * The customer's messages before that one, oldest first, where the page shows the thread (empty where it does not):
   * abuse in the latest message and in an earlier one calls for a hand-over.
   */
  earlierCustomerMessages?(composer: Element, doc: Document): string[];
  /** The element showing that message, which the panel must not cover. */
  customerMessageElement(composer: Element, doc: Document): Element | undefined;
  /** The customer's name as the page shows it, for `{customer_name}`. */
  customerName(composer: Element, doc: Document): string | undefined;
  /** A public reply reaches the customer; an internal note only colleagues. */
  audience(composer: Element): Audience;
  /** The ticket or conversation the composer answers, where the page says (for what is ignored there). */
  ticketId?(composer: Element, doc: Document): string | undefined;
  /** The order the conversation is about, where the page shows it in a field of its own, for `{order_id}`. */
  orderId?(composer: Element, doc: Document): string | undefined;
  editorKind(composer: Element): EditorKind;
}
