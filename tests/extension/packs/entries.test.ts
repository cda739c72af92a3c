import { describe, expect, test } from 'vitest';
import { parsePack, type Pack } from '../../../src/engine/packs/schema.js';
import { enablePack, loadInstalledPacks, movePack, placePack, removePack } from '../../../src/extension/packs/entries.js';
import type { InstalledPack, PackSource } from '../../../src/extension/packs/types.js';
import { teamPack } from './helpers.js';

const pack = (input: Record<string, unknown>): Pack => {
  const result = parsePack(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.pack;
};

function entry(id: string, source: PackSource = { type: 'file', name: `${id}.json` }, extra: Partial<InstalledPack> = {}): InstalledPack {
  return { id, name: id, version: '1.0.0', languages: ['en'], source, enabled: true, json: teamPack({ id }), installedAt: 1, updatedAt: 1, ...extra };
}

const ids = (packs: readonly InstalledPack[]) => packs.map((p) => p.id);
const POLICY: PackSource = { type: 'policy', url: 'https://packs.example.com/team.json' };

describe('installing into the ordered list', () => {
  test('a new pack goes last, enabled', () => {
    const result = placePack([entry('a')], { pack: pack(teamPack({ id: 'b' })), json: teamPack({ id: 'b' }), source: { type: 'file', name: 'b.json' } }, 50);
    expect(result.ok && ids(result.packs)).toEqual(['a', 'b']);
    expect(result.ok && result.entry).toMatchObject({ id: 'b', enabled: true, installedAt: 50, updatedAt: 50, version: '1.0.0' });
    expect(result.ok && 'checkedAt' in result.entry).toBe(false);
  });

  test('a pack with an installed id replaces it in place, keeping its position and enabled state', () => {
    const packs = [entry('a'), entry('team', { type: 'url', url: 'https://old.example.com/p.json' }, { enabled: false, etag: '"old"', problem: { at: 5, message: 'HTTP 500', errors: [] } }), entry('c')];
    const v2 = teamPack({ version: '2.0.0', name: 'Team v2' });
    const result = placePack(packs, { pack: pack(v2), json: v2, source: { type: 'file', name: 'team-v2.json' } }, 99);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(ids(result.packs)).toEqual(['a', 'team', 'c']);
    expect(result.entry).toEqual({
      id: 'team',
      name: 'Team v2',
      version: '2.0.0',
      languages: ['en'],
      source: { type: 'file', name: 'team-v2.json' },
      enabled: false,
      json: v2,
      installedAt: 1,
      updatedAt: 99,
    });
    // The list it came from is not changed.
    expect(packs[1]!.version).toBe('1.0.0');
  });

  test('a URL install keeps the validators and when it was checked', () => {
    const result = placePack([], { pack: pack(teamPack()), json: teamPack(), source: { type: 'url', url: 'https://x.example/p.json' }, etag: '"v1"', lastModified: 'Mon, 01 Dec 2025 08:00:00 GMT' }, 7);
    expect(result.ok && result.entry).toMatchObject({ checkedAt: 7, etag: '"v1"', lastModified: 'Mon, 01 Dec 2025 08:00:00 GMT' });
  });

  test("the agent's file or URL never replaces a policy pack", () => {
    const packs = [entry('team', POLICY)];
    for (const source of [{ type: 'file', name: 'team.json' }, { type: 'url', url: 'https://x.example/p.json' }] as PackSource[]) {
      const result = placePack(packs, { pack: pack(teamPack({ version: '9.0.0' })), json: teamPack(), source }, 2);
      expect(result).toEqual({ ok: false, message: 'The pack "team" is installed by your administrator\'s policy: it cannot be replaced.' });
    }
    // The admin's newer version does.
    const byPolicy = placePack(packs, { pack: pack(teamPack({ version: '9.0.0' })), json: teamPack(), source: POLICY }, 2);
    expect(byPolicy.ok && byPolicy.entry.version).toBe('9.0.0');
  });

  test('a policy pack takes the place of the agent’s pack with the same id, and is always on', () => {
    const result = placePack([entry('team', undefined, { enabled: false }), entry('b')], { pack: pack(teamPack()), json: teamPack(), source: POLICY }, 2);
    expect(result.ok && ids(result.packs)).toEqual(['team', 'b']);
    expect(result.ok && result.entry).toMatchObject({ source: POLICY, enabled: true });
  });

  test('the id "personal" is kept for the personal pack', () => {
    const result = placePack([], { pack: pack(teamPack({ id: 'personal' })), json: teamPack({ id: 'personal' }), source: { type: 'file', name: 'p.json' } }, 1);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/"personal" is kept for your own phrases/) });
  });
});

describe('managing installed packs', () => {
  const packs = [entry('a'), entry('b'), entry('policy', POLICY), entry('c')];

  test('remove takes one pack out, but not a policy pack nor one that is not there', () => {
    const removed = removePack(packs, 'b');
    expect(removed.ok && ids(removed.packs)).toEqual(['a', 'policy', 'c']);
    expect(removePack(packs, 'policy')).toEqual({ ok: false, message: expect.stringMatching(/administrator's policy: it cannot be removed/) });
    expect(removePack(packs, 'nope')).toEqual({ ok: false, message: 'No installed pack has the id "nope".' });
  });

  test('move puts a pack at a position, clamped to the list', () => {
    const first = movePack(packs, 'c', 0);
    expect(first.ok && ids(first.packs)).toEqual(['c', 'a', 'b', 'policy']);
    const last = movePack(packs, 'a', 99);
    expect(last.ok && ids(last.packs)).toEqual(['b', 'policy', 'c', 'a']);
    const middle = movePack(packs, 'a', 2);
    expect(middle.ok && ids(middle.packs)).toEqual(['b', 'policy', 'a', 'c']);
    const before = movePack(packs, 'c', -3);
    expect(before.ok && ids(before.packs)).toEqual(['c', 'a', 'b', 'policy']);
    expect(movePack(packs, 'a', 1.5)).toMatchObject({ ok: false });
  });

  test('enable turns a pack off and on, but a policy pack cannot be turned off', () => {
    const off = enablePack(packs, 'b', false);
    expect(off.ok && off.packs[1]!.enabled).toBe(false);
    expect(enablePack(packs, 'policy', false)).toEqual({ ok: false, message: expect.stringMatching(/cannot be turned off/) });
    expect(enablePack(packs, 'policy', true).ok).toBe(true);
  });
});

describe('the stored list', () => {
  test('is read back safely: unsound entries and repeated ids are skipped', () => {
    const stored = [entry('a'), null, 'x', { id: 'b', enabled: 'yes', source: {}, json: {} }, { id: 'c', enabled: true, source: null, json: {} }, entry('a', undefined, { version: '2.0.0' }), entry('d')];
    expect(ids(loadInstalledPacks(stored))).toEqual(['a', 'd']);
    expect(loadInstalledPacks(stored)[0]!.version).toBe('1.0.0');
    expect(loadInstalledPacks({ not: 'a list' })).toEqual([]);
    expect(loadInstalledPacks(undefined)).toEqual([]);
  });
});
