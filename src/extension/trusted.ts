/**
 * The page boundary of Ramah's own UI. The sidebar's and the card's shadow roots stay open (other
 * tests rely on that), so page script can reach every button and field in them and dispatch clicks,
 * keys and input of its own. Only the browser makes trusted events (`event.isTrusted`), from what
 * the agent does; `element.click()` and `dispatchEvent()` make untrusted ones.
 *
 * So every handler in the sidebar and the card that acts on something (click, keydown, input,
 * change) is wrapped in `trusted()`, and page script cannot insert, apply, ignore, save a phrase,
 * collapse the panel or walk its focus. Handlers that only stop an event (stopPropagation,
 * preventDefault on mousedown) need no wrapper. Form `submit` events are never acted on: a page's
 * `form.requestSubmit()` fires a trusted one, so submitting is the submit button's trusted click.
 */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event: E) => {
    if (event.isTrusted) handler(event);
  };
}
