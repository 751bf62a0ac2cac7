import { describe, expect, it } from 'vitest';
import {
  chooseRenderer,
  readRendererSetting,
  RENDERER_SETTING,
  type ContextKind,
  type ProbeCanvas,
  type ProbeContext,
} from './renderer-choice';

const RENDERER = 0x1f01;
const UNMASKED_RENDERER_WEBGL = 0x9246;

/** How a fake browser answers for one kind of context. */
type Answer = 'opens' | 'only-with-caveat' | 'refuses';

interface FakeGpu {
  readonly webgl2?: Answer;
  readonly webgl?: Answer;
  /** The unmasked name; undefined: no WEBGL_debug_renderer_info extension. */
  readonly unmasked?: string;
  /** What RENDERER says (browsers usually answer a placeholder). */
  readonly renderer?: string;
  /** Throw from getContext instead of answering. */
  readonly throws?: boolean;
}

/** A canvas factory answering as the described browser, counting contexts made and lost. */
function fakeBrowser(gpu: FakeGpu) {
  const counts = { made: 0, lost: 0 };
  const context = (): ProbeContext => {
    counts.made += 1;
    const extensions: Record<string, unknown> = {
      WEBGL_lose_context: { loseContext: () => (counts.lost += 1) },
      ...(gpu.unmasked === undefined
        ? {}
        : { WEBGL_debug_renderer_info: { UNMASKED_RENDERER_WEBGL } }),
    };
    return {
      RENDERER,
      getExtension: (name) => extensions[name] ?? null,
      getParameter: (name) =>
        name === UNMASKED_RENDERER_WEBGL && gpu.unmasked !== undefined
          ? gpu.unmasked
          : name === RENDERER
            ? (gpu.renderer ?? 'WebKit WebGL')
            : null,
    };
  };
  const createCanvas = (): ProbeCanvas => ({
    getContext: (kind: ContextKind, attributes) => {
      if (gpu.throws) throw new Error('context creation failed');
      const answer = gpu[kind] ?? 'opens';
      if (answer === 'refuses') return null;
      if (answer === 'only-with-caveat' && attributes.failIfMajorPerformanceCaveat) return null;
      return context();
    },
  });
  return { createCanvas, counts };
}

const SWIFTSHADER =
  'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
const RTX = 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 (0x00002504) Direct3D11 vs_5_0 ps_5_0, D3D11)';

describe('chooseRenderer', () => {
  it.each([
    ['SwiftShader through ANGLE', SWIFTSHADER],
    ['llvmpipe', 'llvmpipe (LLVM 15.0.6, 256 bits)'],
    ["Mesa's Gallium on llvmpipe", 'Gallium 0.4 on llvmpipe (LLVM 3.4, 256 bits)'],
    ['softpipe', 'softpipe'],
    ["Windows' Basic Render Driver", 'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11)'],
    ['a software rasteriser', 'Apple Software Renderer'],
  ])('keeps the canvas under %s', (_, unmasked) => {
    const { createCanvas } = fakeBrowser({ unmasked });
    expect(chooseRenderer(createCanvas)).toEqual({
      renderer: 'canvas',
      gpu: unmasked,
      reason: 'software rendering',
    });
  });

  it.each([
    ['an NVIDIA card through ANGLE', RTX],
    ['Apple silicon', 'Apple M2'],
    ['Mesa on an AMD card', 'AMD Radeon RX 6600 (radeonsi, navi23, LLVM 15.0.6, DRM 3.49)'],
  ])('chooses WebGL on %s', (_, unmasked) => {
    const { createCanvas } = fakeBrowser({ unmasked });
    expect(chooseRenderer(createCanvas)).toEqual({
      renderer: 'webgl',
      gpu: unmasked,
      reason: 'hardware GPU',
    });
  });

  it('reads RENDERER when the debug extension is missing', () => {
    const { createCanvas } = fakeBrowser({ renderer: 'Apple M2' });
    expect(chooseRenderer(createCanvas)).toMatchObject({ renderer: 'webgl', gpu: 'Apple M2' });
  });

  it.each([
    ['a placeholder', 'WebKit WebGL'],
    ['nothing', ''],
  ])('keeps the canvas when RENDERER says %s', (_, renderer) => {
    const { createCanvas } = fakeBrowser({ renderer });
    expect(chooseRenderer(createCanvas)).toMatchObject({
      renderer: 'canvas',
      reason: 'renderer unknown',
    });
  });

  it('keeps the canvas when no context can be made', () => {
    const { createCanvas } = fakeBrowser({ webgl2: 'refuses', webgl: 'refuses', unmasked: RTX });
    expect(chooseRenderer(createCanvas)).toEqual({
      renderer: 'canvas',
      gpu: null,
      reason: 'no WebGL',
    });
  });

  it('keeps the canvas when making a context throws', () => {
    const { createCanvas } = fakeBrowser({ throws: true, unmasked: RTX });
    expect(chooseRenderer(createCanvas)).toMatchObject({ renderer: 'canvas', reason: 'no WebGL' });
  });

  it('keeps the canvas when the browser reports a major performance caveat', () => {
    const { createCanvas } = fakeBrowser({ webgl2: 'only-with-caveat', unmasked: RTX });
    expect(chooseRenderer(createCanvas)).toEqual({
      renderer: 'canvas',
      gpu: RTX,
      reason: 'major performance caveat',
    });
  });

  it('keeps the canvas on a GPU with WebGL 1 only (the WebGL renderer needs WebGL 2)', () => {
    const { createCanvas } = fakeBrowser({ webgl2: 'refuses', unmasked: RTX });
    expect(chooseRenderer(createCanvas)).toEqual({
      renderer: 'canvas',
      gpu: RTX,
      reason: 'no WebGL 2',
    });
  });

  it('loses every context it made', () => {
    const { createCanvas, counts } = fakeBrowser({ webgl2: 'only-with-caveat', unmasked: RTX });
    chooseRenderer(createCanvas);
    expect(counts.made).toBe(1);
    expect(counts.lost).toBe(1);
  });

  describe('the setting', () => {
    it('webgl wins over a software renderer', () => {
      const { createCanvas } = fakeBrowser({ unmasked: SWIFTSHADER });
      expect(chooseRenderer(createCanvas, 'webgl')).toEqual({
        renderer: 'webgl',
        gpu: SWIFTSHADER,
        reason: 'set to webgl',
      });
    });

    it('webgl wins over a performance caveat', () => {
      const { createCanvas } = fakeBrowser({ webgl2: 'only-with-caveat', unmasked: SWIFTSHADER });
      expect(chooseRenderer(createCanvas, 'webgl')).toMatchObject({ renderer: 'webgl' });
    });

    it('webgl still needs a WebGL 2 context to draw with', () => {
      const { createCanvas } = fakeBrowser({ webgl2: 'refuses', unmasked: RTX });
      expect(chooseRenderer(createCanvas, 'webgl')).toMatchObject({
        renderer: 'canvas',
        reason: 'no WebGL 2',
      });
    });

    it('canvas wins over a GPU, without touching the driver', () => {
      const { createCanvas, counts } = fakeBrowser({ unmasked: RTX });
      expect(chooseRenderer(createCanvas, 'canvas')).toEqual({
        renderer: 'canvas',
        gpu: null,
        reason: 'set to canvas',
      });
      expect(counts.made).toBe(0);
    });
  });
});

describe('readRendererSetting', () => {
  const storage = (value: string | null) => ({
    getItem: (key: string) => (key === RENDERER_SETTING ? value : null),
  });

  it.each(['webgl', 'canvas'] as const)('reads %s', (value) => {
    expect(readRendererSetting(storage(value))).toBe(value);
  });

  it.each([null, 'auto', 'WEBGL', ''])('ignores %j', (value) => {
    expect(readRendererSetting(storage(value))).toBeNull();
  });

  it('ignores storage that refuses to be read', () => {
    const refusing = {
      getItem: (): string | null => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(readRendererSetting(refusing)).toBeNull();
    expect(readRendererSetting(null)).toBeNull();
  });
});
