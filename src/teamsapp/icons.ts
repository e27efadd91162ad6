/**
 * Draws the two Teams app icons: a white speech bubble with an "H" cut out of
 * it, on the brand colour (color.png, 192×192, opaque) or alone in white on
 * transparent (outline.png, 32×32). Drawing is pure and deterministic;
 * running this file writes both PNGs into manifest/:
 *
 *   npx tsx src/teamsapp/icons.ts
 *
 * The generated PNGs are committed; re-run after changing the drawing.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';

/** Brand colour, also the manifest's accentColor (#1F5C99). */
export const BRAND_RGB: readonly [number, number, number] = [0x1f, 0x5c, 0x99];
export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

/** A shape in symbol coordinates: the unit square, y pointing down. */
type Shape = (x: number, y: number) => boolean;

const rect =
  (x0: number, y0: number, x1: number, y1: number): Shape =>
  (x, y) =>
    x >= x0 && x <= x1 && y >= y0 && y <= y1;

const roundedRect =
  (x0: number, y0: number, x1: number, y1: number, r: number): Shape =>
  (x, y) => {
    if (!rect(x0, y0, x1, y1)(x, y)) return false;
    const dx = x - Math.min(Math.max(x, x0 + r), x1 - r);
    const dy = y - Math.min(Math.max(y, y0 + r), y1 - r);
    return dx * dx + dy * dy <= r * r;
  };

type Point = readonly [number, number];
const triangle =
  (a: Point, b: Point, c: Point): Shape =>
  (x, y) => {
    const side = (p: Point, q: Point): number => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
    const s1 = side(a, b);
    const s2 = side(b, c);
    const s3 = side(c, a);
    return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
  };

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((shape) => shape(x, y));

const bubble = union(roundedRect(0, 0, 1, 0.74, 0.2), triangle([0.18, 0.62], [0.44, 0.62], [0.12, 0.98]));
const letterH = union(rect(0.3, 0.17, 0.42, 0.57), rect(0.58, 0.17, 0.7, 0.57), rect(0.42, 0.32, 0.58, 0.42));
/** The white part of both icons: the bubble with the "H" knocked out. */
const symbol: Shape = (x, y) => bubble(x, y) && !letterH(x, y);

const SAMPLES = 8;

/**
 * Fraction (0..1) of pixel (px, py) covered by the symbol when the symbol's
 * unit square is drawn at [margin, 1 - margin] of an image `size` pixels wide.
 * Supersampling gives smooth edges without a rasterising library.
 */
function coverage(px: number, py: number, size: number, margin: number): number {
  const scale = 1 - 2 * margin;
  let inside = 0;
  for (let i = 0; i < SAMPLES; i += 1) {
    for (let j = 0; j < SAMPLES; j += 1) {
      const u = (px + (i + 0.5) / SAMPLES) / size;
      const v = (py + (j + 0.5) / SAMPLES) / size;
      if (symbol((u - margin) / scale, (v - margin) / scale + 0.01)) inside += 1;
    }
  }
  return inside / (SAMPLES * SAMPLES);
}

function render(size: number, margin: number, paint: (cover: number) => readonly [number, number, number, number]): PNG {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const offset = (py * size + px) * 4;
      png.data.set(paint(coverage(px, py, size, margin)), offset);
    }
  }
  return png;
}

/** 192×192 full-colour icon: white symbol on an opaque brand background. */
export function renderColorIcon(): Buffer {
  const png = render(COLOR_ICON_SIZE, 0.22, (cover) => {
    const [r, g, b] = BRAND_RGB.map((channel) => Math.round(channel + (255 - channel) * cover));
    return [r ?? 0, g ?? 0, b ?? 0, 255];
  });
  return PNG.sync.write(png, { colorType: 2 });
}

/** 32×32 outline icon: the symbol in white, everything else transparent. */
export function renderOutlineIcon(): Buffer {
  const png = render(OUTLINE_ICON_SIZE, 0.06, (cover) => [255, 255, 255, Math.round(255 * cover)]);
  return PNG.sync.write(png, { colorType: 6 });
}

async function main(): Promise<void> {
  const dir = new URL('../../manifest/', import.meta.url);
  await writeFile(new URL('color.png', dir), renderColorIcon());
  await writeFile(new URL('outline.png', dir), renderOutlineIcon());
  process.stdout.write(`Icons written to ${fileURLToPath(dir)}\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
