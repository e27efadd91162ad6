import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { renderColorIcon, renderOutlineIcon } from '../../src/teamsapp/icons.js';

const read = async (name: string): Promise<PNG> =>
  PNG.sync.read(await readFile(new URL(`../../manifest/${name}`, import.meta.url)));

function pixels(png: PNG): { r: number; g: number; b: number; a: number }[] {
  const result: { r: number; g: number; b: number; a: number }[] = [];
  for (let i = 0; i + 3 < png.data.length; i += 4) {
    result.push({ r: png.data[i] ?? 0, g: png.data[i + 1] ?? 0, b: png.data[i + 2] ?? 0, a: png.data[i + 3] ?? 0 });
  }
  return result;
}

describe('committed icons', () => {
  it('color.png is 192×192 and fully opaque', async () => {
    const color = await read('color.png');
    expect([color.width, color.height]).toEqual([192, 192]);
    expect(pixels(color).every((pixel) => pixel.a === 255)).toBe(true);
  });

  it('outline.png is 32×32, white on transparent', async () => {
    const outline = await read('outline.png');
    expect([outline.width, outline.height]).toEqual([32, 32]);
    const all = pixels(outline);
    expect(all.some((pixel) => pixel.a === 0)).toBe(true);
    expect(all.some((pixel) => pixel.a === 255)).toBe(true);
    expect(all.every((pixel) => pixel.a === 0 || (pixel.r === 255 && pixel.g === 255 && pixel.b === 255))).toBe(true);
  });

  it('match what src/teamsapp/icons.ts draws (regenerate with npx tsx src/teamsapp/icons.ts)', async () => {
    expect(PNG.sync.read(renderColorIcon()).data.equals((await read('color.png')).data)).toBe(true);
    expect(PNG.sync.read(renderOutlineIcon()).data.equals((await read('outline.png')).data)).toBe(true);
  });
});
