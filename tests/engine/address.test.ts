import { describe, expect, it } from 'vitest';
import { addressedName } from '../../src/engine/text/address.js';

describe('addressedName', () => {
  it.each([
    ['Halo Kak Rina, mohon maaf atas keterlambatannya.', 'Rina Wulandari', 'Kak Rina'],
    ['Baik Bu Wulandari, saya cek dulu ya.', 'Rina Wulandari', 'Bu Wulandari'],
    ['Terima kasih, Ibu Rina Wulandari.', 'Rina Wulandari', 'Ibu Rina Wulandari'],
    ['Selamat pagi Encik Ahmad, pesanan encik sudah dihantar.', 'Ahmad bin Ali', 'Encik Ahmad'],
    ["I'm sorry, Ms. Tan, I'll look into it.", 'Tan Mei Ling', 'Ms. Tan'],
    ['Hi Daniel, thanks for waiting.', 'Daniel Lee', 'Daniel'],
    ['Daniel, thanks for waiting.', 'Daniel Lee', 'Daniel'],
    ['Thanks for waiting, Daniel.', 'Daniel Lee', 'Daniel'],
  ])('%s → %s', (draft, name, expected) => {
    expect(addressedName(draft, name)).toBe(expected);
  });

  it.each([
    ['Halo Kak, mohon maaf atas keterlambatannya.', 'Rina Wulandari'],
    ['Saya sudah menghubungi kurir kemarin.', 'Rina Wulandari'],
    // A name that is also a word, in lower case, is that word.
    ['I will mark the order as paid.', 'Mark Tan'],
    ['Kak, rina sudah saya hubungi.', 'Rina Wulandari'],
    ['I asked Daniel in billing.', 'Daniel Lee'],
    ['', 'Rina'],
  ])('%s: not addressed by name', (draft, name) => {
    expect(addressedName(draft, name)).toBeUndefined();
  });
});
