// What the figures were measured on: they only mean something next to the machine.
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import type { Browser } from 'playwright-core';

export interface Graphics {
  /** WebGL's unmasked renderer string as the browser reports it ("none" without WebGL). */
  readonly webgl: string;
  /** Whether that is a hardware GPU rather than a software rasteriser (SwiftShader, llvmpipe). */
  readonly gpu: boolean;
}

export interface Machine {
  readonly cpus: number;
  readonly cpuModel: string;
  readonly memoryGB: number;
  readonly os: string;
  readonly browser: string;
  readonly graphics: Graphics;
  readonly node: string;
  /** The 1-minute load average when the runs started and when they ended. */
  readonly loadAverage: readonly [number, number];
}

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software/i;

/** Asks a blank page of this browser what draws WebGL. */
export async function describeGraphics(browser: Browser): Promise<Graphics> {
  const page = await browser.newPage();
  try {
    const webgl = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl');
      if (!gl) return 'none';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    });
    return { webgl, gpu: webgl !== 'none' && !SOFTWARE.test(webgl) };
  } finally {
    await page.close();
  }
}

export function describeMachine(
  browser: Browser,
  graphics: Graphics,
  loadAtStart: number,
): Machine {
  const cores = cpus();
  return {
    cpus: cores.length,
    cpuModel: (cores[0]?.model ?? 'unknown CPU').replace(/\s+/g, ' ').trim(),
    memoryGB: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release().split('-')[0] ?? ''}`,
    browser: `Chromium ${browser.version()}`,
    graphics,
    node: process.versions.node,
    loadAverage: [loadAtStart, loadavg()[0] ?? Number.NaN],
  };
}
