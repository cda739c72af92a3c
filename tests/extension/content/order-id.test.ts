import { describe, expect, test } from 'vitest';
import { orderIdIn } from '../../../src/extension/content/order-id.js';

describe('orderIdIn', () => {
  test.each([
    ['Pesanan saya #INV-240511-0087 belum sampai!', 'INV-240511-0087'],
    ['My order A10234 arrived damaged.', 'A10234'],
    ['Order no. 558120, still nothing.', '558120'],
    ['Nomor pesanan: 2405110087, tolong dicek', '2405110087'],
    ['Tempahan #MY20240788 saya rosak.', 'MY20240788'],
    ['Where is it?? #SG88231', 'SG88231'],
  ])('%s → %s', (message, id) => {
    expect(orderIdIn(message)).toBe(id);
  });

  test.each([
    ['I paid RM189 on 12/05 and nothing came.'],
    ['Kenapa saldo saya terpotong dua kali??'],
    ['My order is late.'],
    ['Order 12-05'],
    [''],
  ])('%s: no order id', (message) => {
    expect(orderIdIn(message)).toBeUndefined();
  });
});
