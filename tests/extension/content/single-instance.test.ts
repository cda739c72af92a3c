import { describe, expect, test, vi } from 'vitest';
import { claimPage } from '../../../src/extension/content/single-instance.js';

const copy = (alive: boolean) => ({ alive: vi.fn(() => alive), stop: vi.fn() });

describe('one Ramah per page', () => {
  test('the first copy claims the page', () => {
    expect(claimPage(copy(true), {})).toBe(true);
  });

  test('a second copy steps back while the first still reaches the extension', () => {
    const scope = {};
    const first = copy(true);
    claimPage(first, scope);
    expect(claimPage(copy(true), scope)).toBe(false);
    expect(first.stop).not.toHaveBeenCalled();
  });

  test('a copy cut off from the extension (reloaded or updated) is stopped and replaced', () => {
    const scope = {};
    const orphan = copy(false);
    claimPage(orphan, scope);
    const next = copy(true);
    expect(claimPage(next, scope)).toBe(true);
    expect(orphan.stop).toHaveBeenCalledOnce();
    // The new copy is the one a third injection meets.
    expect(claimPage(copy(true), scope)).toBe(false);
    expect(next.alive).toHaveBeenCalled();
  });

  test('an orphan that fails to clean up does not keep the new copy out', () => {
    const scope = {};
    claimPage({ alive: () => false, stop: () => { throw new Error('Extension context invalidated.'); } }, scope);
    expect(claimPage(copy(true), scope)).toBe(true);
  });
});
