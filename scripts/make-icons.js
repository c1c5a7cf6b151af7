#!/usr/bin/env node
/**
 * Draws the add-in's ribbon and store icons (a white task grid with a check mark on Fluent blue) and writes
 * them as PNG files to assets/. Uses only node:zlib so the icons can be regenerated on any machine; the
 * PNGs are committed and the build never runs this script.
 *
 * Usage: node scripts/make-icons.js [outDir]
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

// 16/32/80 are the ribbon sizes the manifest schema makes mandatory; 32 and 64 are IconUrl and
// HighResolutionIconUrl.
const SIZES = [16, 32, 64, 80];
const BLUE = [15, 108, 189]; // Fluent brand blue (#0F6CBD)
const WHITE = [255, 255, 255];
const GREEN = [84, 176, 76];
const SUPERSAMPLING = 8;

/** The picture in unit coordinates: each shape says whether a point (x, y) in [0,1]² is inside it. */
function shapes(size) {
  // Thicker strokes on small icons keep the grid legible at 16 px.
  const line = size <= 16 ? 0.085 : size <= 32 ? 0.06 : 0.045;
  const grid = { left: 0.18, top: 0.2, right: 0.82, bottom: 0.8 };
  // Two body rows instead of three at 16 px: fewer lines read as a table rather than a blur.
  const rows = size <= 16 ? [grid.top, 0.45, grid.bottom] : [grid.top, 0.4, 0.6, grid.bottom];
  const cols = [grid.left, 0.38, grid.right];
  const inGridLine = (x, y) => {
    const inside = x >= grid.left - line / 2 && x <= grid.right + line / 2;
    const insideY = y >= grid.top - line / 2 && y <= grid.bottom + line / 2;
    const onRow = rows.some((r) => Math.abs(y - r) <= line / 2) && inside;
    const onCol = cols.some((c) => Math.abs(x - c) <= line / 2) && insideY;
    return onRow || onCol;
  };
  const check = [
    [0.5, 0.66],
    [0.62, 0.78],
    [0.86, 0.5],
  ];
  const checkWidth = size <= 16 ? 0.16 : 0.12;
  return [
    { color: BLUE, inside: (x, y) => inRoundedSquare(x, y, 0.18) },
    { color: WHITE, inside: inGridLine },
    // A white halo separates the check mark from the grid lines it crosses.
    { color: WHITE, inside: (x, y) => nearPolyline(x, y, check, checkWidth + 0.07) },
    { color: GREEN, inside: (x, y) => nearPolyline(x, y, check, checkWidth) },
  ];
}

function inRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return x >= 0 && x <= 1 && y >= 0 && y <= 1 && (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function nearPolyline(x, y, points, width) {
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1];
    const [bx, by] = points[i];
    const t = Math.max(
      0,
      Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
    );
    if ((x - (ax + t * (bx - ax))) ** 2 + (y - (ay + t * (by - ay))) ** 2 <= (width / 2) ** 2) return true;
  }
  return false;
}

/** RGBA pixels, each the average of SUPERSAMPLING² samples (anti-aliasing without a graphics library). */
function render(size) {
  const layers = shapes(size);
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLING; sy++) {
        for (let sx = 0; sx < SUPERSAMPLING; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLING) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLING) / size;
          const layer = [...layers].reverse().find((l) => l.inside(x, y));
          if (!layer) continue;
          sum[0] += layer.color[0];
          sum[1] += layer.color[1];
          sum[2] += layer.color[2];
          sum[3] += 255;
        }
      }
      const n = SUPERSAMPLING * SUPERSAMPLING;
      const covered = sum[3] / 255 || 1;
      const offset = (py * size + px) * 4;
      pixels[offset] = Math.round(sum[0] / covered);
      pixels[offset + 1] = Math.round(sum[1] / covered);
      pixels[offset + 2] = Math.round(sum[2] / covered);
      pixels[offset + 3] = Math.round(sum[3] / n);
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
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels as a PNG (8-bit RGBA, no filtering, zlib-compressed). */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'assets'));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, render(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

main();
