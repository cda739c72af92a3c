#!/usr/bin/env node
// Draws Ramah's toolbar icons (a white speech bubble on a teal rounded square) as PNGs,
// with only node:zlib, so the icons need no image editor and no extra dependency.
// Run: node scripts/make-icons.mjs   (writes public/icons/icon-<size>.png; the output is byte-for-byte stable)
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZES = [16, 32, 48, 128];
const TEAL = [13, 148, 136];
const WHITE = [255, 255, 255];
const SUPERSAMPLES = 4; // per axis, for smooth edges

/** Shapes in a unit square (0..1). */
function insideRoundedSquare(x, y, radius = 0.22) {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function insideBubble(x, y) {
  const body = ((x - 0.5) / 0.32) ** 2 + ((y - 0.46) / 0.25) ** 2 <= 1;
  // The tail: a triangle below the body's lower left.
  const tail = y >= 0.6 && y <= 0.82 && x >= 0.3 && x <= 0.46 && x - 0.3 <= (0.82 - y) * 0.75;
  return body || tail;
}

/** RGBA pixels of one icon. */
function draw(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let square = 0;
      let bubble = 0;
      for (let sy = 0; sy < SUPERSAMPLES; sy++) {
        for (let sx = 0; sx < SUPERSAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLES) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLES) / size;
          if (insideRoundedSquare(x, y)) {
            square++;
            if (insideBubble(x, y)) bubble++;
          }
        }
      }
      const samples = SUPERSAMPLES * SUPERSAMPLES;
      const whiteShare = square ? bubble / square : 0;
      const offset = (py * size + px) * 4;
      for (let channel = 0; channel < 3; channel++) {
        pixels[offset + channel] = Math.round(TEAL[channel] * (1 - whiteShare) + WHITE[channel] * whiteShare);
      }
      pixels[offset + 3] = Math.round((255 * square) / samples);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  // Each row starts with filter type 0 (none).
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = join(outDir, `icon-${size}.png`);
  writeFileSync(file, png(size, draw(size)));
  console.log(`wrote ${file}`);
}
