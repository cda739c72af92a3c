// The side panel's messages to the content script, read as the content script reads them: exact
// shapes only, so that a message the side panel did not make acts on nothing.
import { describe, expect, test } from 'vitest';
import { parseSidePanelAction } from '../../../src/extension/protocol.js';

const finding = { rule: 'blame-department', start: 10, end: 32, text: 'kesalahan bagian gudang' };

describe('parseSidePanelAction', () => {
  test.each([
    { kind: 'apply', finding, index: 0 },
    { kind: 'finding-action', action: 'ignore', finding },
    { kind: 'finding-action', action: 'turn-off-site', finding },
    { kind: 'finding-action', action: 'report-wrong', finding },
    { kind: 'undo' },
    { kind: 'insert', text: 'Halo {customer_name}, terima kasih.', unfilled: [{ name: 'customer_name', start: 5, end: 20 }] },
    { kind: 'save-phrase', id: 3, phrase: { text: 'Terima kasih sudah menunggu.', step: 'acknowledgement' } },
    { kind: 'save-phrase', id: 4, phrase: { text: 'Tanpa langkah.' } },
    { kind: 'selection' },
    { kind: 'focus-composer' },
    { kind: 'pin', pinned: false },
    { kind: 'write-note', note: 'incident' },
    { kind: 'write-note', note: 'handover' },
    { kind: 'write-note', note: 'handover', to: 'supervisor' },
  ])('reads %j as it is', (action) => {
    expect(parseSidePanelAction(structuredClone(action))).toEqual(action);
  });

  test.each([
    ['not an object', 'apply'],
    ['null', null],
    ['an unknown kind', { kind: 'settings-write', settings: {} }],
    ['a kind that is not the side panel’s (copy is done in the side panel itself)', { kind: 'copy', text: 'x' }],
    ['an extra field', { kind: 'apply', finding, index: 0, text: 'other words' }],
    ['a finding with an extra field', { kind: 'finding-action', action: 'ignore', finding: { ...finding, suggestions: ['x'] } }],
    ['a finding action that does not exist', { kind: 'finding-action', action: 'delete-rule', finding }],
    ['a finding that ends before it starts', { kind: 'apply', finding: { ...finding, end: 2 }, index: 0 }],
    ['a negative offset', { kind: 'apply', finding: { ...finding, start: -1 }, index: 0 }],
    ['a fractional index', { kind: 'apply', finding, index: 0.5 }],
    ['a placeholder span beyond the text', { kind: 'insert', text: 'Halo', unfilled: [{ name: 'x', start: 2, end: 9 }] }],
    ['a text that is too long', { kind: 'insert', text: 'x'.repeat(4001), unfilled: [] }],
    ['a step that does not exist', { kind: 'save-phrase', id: 1, phrase: { text: 'x', step: 'constructor' } }],
    ['a pin that is not a boolean', { kind: 'pin', pinned: 'yes' }],
    ['a note of another kind', { kind: 'write-note', note: 'apology' }],
    ['a note that brings its own text', { kind: 'write-note', note: 'incident', text: 'Customer is fine.' }],
    ['a note to someone else', { kind: 'write-note', note: 'handover', to: 'customer' }],
  ])('refuses %s', (_what, message) => {
    expect(parseSidePanelAction(message)).toBeNull();
  });
});
