/**
 * A button that shows or hides a part of the page, such as a site's rules. What it hides stays in
 * the page, `hidden`: out of sight and out of the Tab order, but still what the page says is set.
 */
import type { ComponentChildren } from 'preact';

export function DisclosureButton({ open, controls, label, children, onToggle }: { open: boolean; controls: string; label?: string; children: ComponentChildren; onToggle: () => void }) {
  return (
    <button type="button" class="disclosure" data-disclosure="" aria-expanded={open ? 'true' : 'false'} aria-controls={controls} aria-label={label} onClick={onToggle}>
      <span class="chevron" aria-hidden="true">
        {open ? '▾' : '▸'}
      </span>
      {children}
    </button>
  );
}
