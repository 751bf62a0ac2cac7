// Reads pixels of a PNG (a screenshot or an exported image) in the browser, which decodes it.
import type { Page } from 'playwright-core';

/** The RGBA colour of each point, in order. */
export function pngPixels(
  page: Page,
  png: Buffer,
  points: readonly { x: number; y: number }[],
): Promise<number[][]> {
  return page.evaluate(
    async ({ data, at }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('No 2D canvas');
      context.drawImage(image, 0, 0);
      return at.map(({ x, y }) => [...context.getImageData(x, y, 1, 1).data]);
    },
    { data: png.toString('base64'), at: points },
  );
}
