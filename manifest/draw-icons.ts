/**
 * Draws the two Teams app icons, `color.png` (192x192) and `outline.png` (32x32), from one
 * geometric description of the glyph: a light bulb with an upward arrow cut out of it (an idea
 * that moves forward). Run it after changing the drawing and commit the PNG files:
 *
 *   npx tsx manifest/draw-icons.ts
 *
 * Shapes are signed distance functions (negative inside, in pixels), so each pixel's coverage
 * comes from its distance to the edge: smooth edges without supersampling or a graphics library.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

type Vec = readonly [number, number];
type Rgb = readonly [number, number, number];
/** Signed distance from a point to a shape, in the units of the point. */
type Sdf = (x: number, y: number) => number;

/** IOM-like blue, the same as the manifest's accentColor. */
const BLUE: Rgb = [0x00, 0x33, 0xa0];
/** A lighter blue for the top of the background gradient. */
const BLUE_LIGHT: Rgb = [0x1a, 0x56, 0xc4];
const WHITE: Rgb = [255, 255, 255];

const circle =
  (cx: number, cy: number, r: number): Sdf =>
  (x, y) =>
    Math.hypot(x - cx, y - cy) - r;

/** Axis-aligned box centred on (cx, cy) with half sizes hw, hh and corner radius r. */
const roundedBox =
  (cx: number, cy: number, hw: number, hh: number, r: number): Sdf =>
  (x, y) => {
    const qx = Math.abs(x - cx) - hw + r;
    const qy = Math.abs(y - cy) - hh + r;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };

/** Any simple polygon (Inigo Quilez's exact polygon distance). */
const polygon =
  (points: readonly Vec[]): Sdf =>
  (x, y) => {
    let d = Infinity;
    let sign = 1;
    for (let i = 0, j = points.length - 1; i < points.length; j = i, i += 1) {
      const [ax, ay] = points[i];
      const [bx, by] = points[j];
      const ex = bx - ax;
      const ey = by - ay;
      const wx = x - ax;
      const wy = y - ay;
      const t = Math.min(Math.max((wx * ex + wy * ey) / (ex * ex + ey * ey), 0), 1);
      d = Math.min(d, Math.hypot(wx - ex * t, wy - ey * t));
      const c1 = y >= ay;
      const c2 = y < by;
      const c3 = ex * wy > ey * wx;
      if ((c1 && c2 && c3) || (!c1 && !c2 && !c3)) sign = -sign;
    }
    return sign * d;
  };

const union =
  (...shapes: Sdf[]): Sdf =>
  (x, y) =>
    Math.min(...shapes.map((shape) => shape(x, y)));

/** Union with a rounded seam of width k, so the bulb flows into its neck. */
const smoothUnion =
  (a: Sdf, b: Sdf, k: number): Sdf =>
  (x, y) => {
    const da = a(x, y);
    const db = b(x, y);
    const h = Math.min(Math.max(0.5 + (0.5 * (db - da)) / k, 0), 1);
    return db * (1 - h) + da * h - k * h * (1 - h);
  };

const subtract =
  (shape: Sdf, hole: Sdf): Sdf =>
  (x, y) =>
    Math.max(shape(x, y), -hole(x, y));

const scaled =
  (shape: Sdf, scale: number, offsetX: number, offsetY: number): Sdf =>
  (x, y) =>
    shape((x - offsetX) / scale, (y - offsetY) / scale) * scale;

/**
 * The glyph in a 100x100 design box (x right, y down). The bulb is a circle flowing into a
 * tapering neck; two rounded bars and a cap make the screw base; the arrow is a hole through
 * the bulb, so the background shows through it.
 */
function glyph(): Sdf {
  const head = circle(50, 37, 31);
  const neck = polygon([
    [31, 56],
    [69, 56],
    [63, 73.33],
    [37, 73.33],
  ]);
  const bulb = smoothUnion(head, neck, 8);
  const arrowHead = polygon([
    [50, 14],
    [68, 33.33],
    [32, 33.33],
  ]);
  const arrowShaft = roundedBox(50, 48, 6.67, 15.33, 1.5);
  const arrow = union(arrowHead, arrowShaft);
  // Heights of 10/3 units are whole pixels in the 32 px icon, so the screw thread stays crisp.
  const base = union(roundedBox(50, 80, 13.33, 3.33, 3.33), roundedBox(50, 90, 10, 3.33, 3.33));
  const cap = roundedBox(50, 98.33, 6.67, 1.67, 1.67);
  return union(subtract(bulb, arrow), base, cap);
}

/** Fraction of the pixel centred on (x, y) covered by the shape, from its signed distance. */
function coverage(shape: Sdf, x: number, y: number): number {
  return Math.min(Math.max(0.5 - shape(x + 0.5, y + 0.5), 0), 1);
}

function blend(under: Rgb, over: Rgb, alpha: number): Rgb {
  const mix = (i: number) => under[i] + (over[i] - under[i]) * alpha;
  return [mix(0), mix(1), mix(2)];
}

/** 192x192 colour icon: white glyph on a rounded blue square with a soft vertical gradient. */
export function drawColorIcon(): PNG {
  const size = 192;
  const png = new PNG({ width: size, height: size });
  const background = roundedBox(size / 2, size / 2, size / 2, size / 2, 40);
  // About 105 px tall and centred: a wide margin, since Teams shows the icon small and cropped.
  const mark = scaled(glyph(), 1.12, 40, 38);
  for (let y = 0; y < size; y += 1) {
    const tint = blend(BLUE_LIGHT, BLUE, y / (size - 1));
    for (let x = 0; x < size; x += 1) {
      const colour = blend(tint, WHITE, coverage(mark, x, y));
      const index = (y * size + x) * 4;
      png.data[index] = Math.round(colour[0]);
      png.data[index + 1] = Math.round(colour[1]);
      png.data[index + 2] = Math.round(colour[2]);
      png.data[index + 3] = Math.round(255 * coverage(background, x, y));
    }
  }
  return png;
}

/** 32x32 outline icon: the glyph in white on transparency, the only colours Teams accepts. */
export function drawOutlineIcon(): PNG {
  const size = 32;
  const png = new PNG({ width: size, height: size });
  const mark = scaled(glyph(), 0.3, 1, 0);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const index = (y * size + x) * 4;
      png.data[index] = 255;
      png.data[index + 1] = 255;
      png.data[index + 2] = 255;
      png.data[index + 3] = Math.round(255 * coverage(mark, x, y));
    }
  }
  return png;
}

if (require.main === module) {
  for (const [file, png] of [
    ['color.png', drawColorIcon()],
    ['outline.png', drawOutlineIcon()],
  ] as const) {
    const path = join(__dirname, file);
    writeFileSync(path, PNG.sync.write(png));
    console.log(`wrote ${path}`);
  }
}
