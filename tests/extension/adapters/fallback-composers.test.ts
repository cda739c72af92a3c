// @vitest-environment happy-dom
/**
 * A site adapter that finds none of its own composers (the helpdesk's editor mounts after the content script starts)
 * coaches the page's editables the generic way meanwhile; once its own composer is there, those give way to it.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import freshdesk from '../../../src/extension/content/adapters/freshdesk.js';
import { ComposerWatcher } from '../../../src/extension/content/composers.js';
import { $, page } from './helpers.js';

vi.mock('../../../src/extension/content/editing/bridge.js', () => ({ askBridge: () => null }));

afterEach(() => page(''));

const froala = '<div class="fr-box fr-basic"><div class="fr-wrapper"><div id="reply" class="fr-element fr-view" contenteditable="true"><p>Halo</p></div></div></div>';

describe('the generic fallback of a site adapter', () => {
  test("the page's other editable is coached until the site's own composer comes, and then no longer", () => {
    page('<div id="decoy" contenteditable="true" aria-label="Feedback"><p>x</p></div><div id="later"></div>');
    const added: string[] = [];
    const removed: string[] = [];
    const watcher = new ComposerWatcher(freshdesk, {
      added: (composer) => added.push(composer.id),
      removed: (composer) => removed.push(composer.id),
      changed: () => {},
      focused: () => {},
      caret: () => {},
      caretSettled: () => {},
    });
    watcher.start(document);
    expect(watcher.composers.map((composer) => composer.id)).toEqual(['decoy']);

    $('#later').innerHTML = froala;
    watcher.rescan();
    expect(watcher.composers.map((composer) => composer.id)).toEqual(['reply']);
    expect({ added, removed }).toEqual({ added: ['decoy', 'reply'], removed: ['decoy'] });
    watcher.stop();
  });
});
