import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { drawColorIcon, drawOutlineIcon } from '../../manifest/draw-icons';
import { checkIcon } from '../../scripts/package-app';

const MANIFEST_DIR = join(__dirname, '..', '..', 'manifest');
const read = (file: string): Buffer => readFileSync(join(MANIFEST_DIR, file));

/** A square PNG filled with one RGBA colour. */
function solid(size: number, rgba: [number, number, number, number]): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let index = 0; index < png.data.length; index += 4) png.data.set(rgba, index);
  return PNG.sync.write(png);
}

describe('app icons', () => {
  it('color.png is exactly 192x192', () => {
    const png = PNG.sync.read(read('color.png'));
    expect([png.width, png.height]).toEqual([192, 192]);
    expect(checkIcon('color.png', read('color.png'), 'color')).toEqual([]);
  });

  it('outline.png is exactly 32x32, white glyph on transparency only', () => {
    const png = PNG.sync.read(read('outline.png'));
    expect([png.width, png.height]).toEqual([32, 32]);
    const pixels = Array.from({ length: png.width * png.height }, (_, i) => png.data.subarray(i * 4, i * 4 + 4));
    expect(pixels.every(([r, g, b, a]) => a === 0 || (r === 255 && g === 255 && b === 255))).toBe(true);
    expect(pixels.some(([, , , a]) => a === 0)).toBe(true);
    expect(pixels.some(([, , , a]) => a === 255)).toBe(true);
    expect(checkIcon('outline.png', read('outline.png'), 'outline')).toEqual([]);
  });

  it('the committed PNGs are what draw-icons.ts draws', () => {
    expect(PNG.sync.read(read('color.png')).data.equals(drawColorIcon().data)).toBe(true);
    expect(PNG.sync.read(read('outline.png')).data.equals(drawOutlineIcon().data)).toBe(true);
  });

  it('rejects icons of the wrong size', () => {
    expect(checkIcon('color.png', solid(96, [0, 51, 160, 255]), 'color')).toEqual([
      'color.png: must be 192x192 pixels for the color icon, is 96x96',
    ]);
    expect(checkIcon('outline.png', read('color.png'), 'outline')[0]).toBe(
      'outline.png: must be 32x32 pixels for the outline icon, is 192x192',
    );
  });

  it('rejects an outline icon with colour or without transparency', () => {
    expect(checkIcon('outline.png', solid(32, [0, 51, 160, 128]), 'outline')).toEqual([
      'outline.png: 1024 pixels are neither white nor fully transparent (first at x=0, y=0: rgba(0, 51, 160, 128)); Teams wants a white glyph on a transparent background',
      'outline.png: has no transparent pixels; Teams wants a white glyph on a transparent background',
    ]);
  });

  it('rejects a file that is not a PNG', () => {
    expect(checkIcon('color.png', Buffer.from('not a png'), 'color')[0]).toMatch(/^color\.png: not a readable PNG/);
  });
});
