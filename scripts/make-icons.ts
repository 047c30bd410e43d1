/**
 * Draws the add-in icons (a table with a green check badge) and writes them as PNG files to assets/.
 * Pure Node: shapes are rasterised with supersampling and encoded with zlib; no image tools needed.
 *
 *   npm run icons                             writes assets/icon-<size>.png for every size in SIZES
 *   node lib/scripts/make-icons.js --out dir  writes them elsewhere
 *
 * Sizes: the manifest's IconUrl (32) and HighResolutionIconUrl (64); the ribbon's three required sizes (16, 32, 80)
 * and the five optional ones the manifest schema allows for high-DPI screens (20, 24, 40, 48, 64); 128 for listings.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { arg, ROOT } from "./paths";

export const SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128];

type Rgba = readonly [number, number, number, number];
type Shape = (x: number, y: number) => boolean;

// Colours (RGBA). Slate table, Excel-green badge, white check.
const SLATE: Rgba = [0x3b, 0x4a, 0x5c, 255];
const PAPER: Rgba = [255, 255, 255, 255];
const GRID: Rgba = [0x8a, 0x97, 0xa6, 255];
const GREEN: Rgba = [0x10, 0x7c, 0x41, 255];
const WHITE: Rgba = [255, 255, 255, 255];

/**
 * The drawing, in a 16×16 design space. Each layer: a colour and an inside(x, y) test.
 * Later layers paint over earlier ones.
 */
function layers(): Array<{ color: Rgba; inside: Shape }> {
  const rect =
    (x0: number, y0: number, x1: number, y1: number, r = 0): Shape =>
    (x, y) => {
      if (x < x0 || x > x1 || y < y0 || y > y1) return false;
      if (r <= 0) return true;
      const cx = Math.min(Math.max(x, x0 + r), x1 - r);
      const cy = Math.min(Math.max(y, y0 + r), y1 - r);
      return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
    };
  const circle =
    (cx: number, cy: number, r: number): Shape =>
    (x, y) =>
      (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  const segment =
    (ax: number, ay: number, bx: number, by: number, w: number): Shape =>
    (x, y) => {
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (w / 2) ** 2;
    };
  const any =
    (...shapes: Shape[]): Shape =>
    (x, y) =>
      shapes.some((s) => s(x, y));

  return [
    // Table: outer frame, paper inside, header band, one row line and one column line.
    // Edges sit on whole pixels at 16 px so the smallest icon stays crisp.
    { color: SLATE, inside: rect(0, 1, 14, 15, 1) },
    { color: PAPER, inside: rect(1, 5, 13, 14) },
    { color: GRID, inside: any(rect(1, 9, 13, 10), rect(5, 5, 6, 14)) },
    // Badge: a white ring separates it from the table, then the green disc and the check.
    { color: WHITE, inside: circle(11.5, 11.5, 4.5) },
    { color: GREEN, inside: circle(11.5, 11.5, 3.8) },
    {
      color: WHITE,
      inside: any(segment(9.4, 11.6, 11.0, 13.2, 1.7), segment(11.0, 13.2, 13.7, 10.0, 1.7)),
    },
  ];
}

/** Rasterises the drawing at `size` px with n×n supersampling; returns RGBA bytes. */
export function render(size: number, n = 8): Buffer {
  const drawing = layers();
  const scale = 16 / size;
  const px = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let pxx = 0; pxx < size; pxx++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (pxx + (sx + 0.5) / n) * scale;
          const y = (py + (sy + 0.5) / n) * scale;
          let c: Rgba | null = null;
          for (const layer of drawing) if (layer.inside(x, y)) c = layer.color;
          if (c) {
            // Premultiplied accumulation so edges blend towards transparency correctly.
            r += c[0] * c[3];
            g += c[1] * c[3];
            b += c[2] * c[3];
            a += c[3];
          }
        }
      }
      const o = (py * size + pxx) * 4;
      const alpha = a / (n * n);
      px[o] = a ? Math.round(r / a) : 0;
      px[o + 1] = a ? Math.round(g / a) : 0;
      px[o + 2] = a ? Math.round(b / a) : 0;
      px[o + 3] = Math.round(alpha);
    }
  }
  return px;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[i] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes RGBA pixels as a PNG (colour type 6, 8 bits, no interlace, filter 0 on every line). */
export function encodePng(size: number, rgba: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main(): void {
  const out = path.resolve(arg("--out", path.join(ROOT, "assets")));
  fs.mkdirSync(out, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(out, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, render(size)));
    console.log(`${path.relative(process.cwd(), file)} (${size}×${size})`);
  }
}

if (require.main === module) main();
