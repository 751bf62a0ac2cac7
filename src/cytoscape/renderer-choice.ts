// Which renderer draws the graph: Cytoscape's WebGL renderer only where WebGL runs on a real
// GPU, the canvas renderer everywhere else. Under a software rasteriser (SwiftShader, llvmpipe)
// the WebGL renderer is far slower than the canvas, and the browser rarely says so through
// `failIfMajorPerformanceCaveat`, so the renderer string decides; anything unknown keeps the
// canvas. A person may override the choice in localStorage (see docs/decisions/0013).

export type RendererName = 'webgl' | 'canvas';

export interface RendererChoice {
  readonly renderer: RendererName;
  /** What the browser says draws WebGL (e.g. "ANGLE (NVIDIA, …)"), when it says. */
  readonly gpu: string | null;
  /** Why this renderer, in a few words (for the benchmark and for a curious person). */
  readonly reason: string;
}

/** The part of a WebGL context the probe uses. */
export interface ProbeContext {
  readonly RENDERER: number;
  getParameter(name: number): unknown;
  getExtension(name: string): unknown;
}

export type ContextKind = 'webgl2' | 'webgl';

/** A canvas the probe may ask for a context (tests pass fakes). */
export interface ProbeCanvas {
  getContext(kind: ContextKind, attributes: WebGLContextAttributes): ProbeContext | null;
}

/** The localStorage key of the override: 'canvas', 'webgl', or absent for the detection. */
export const RENDERER_SETTING = 'citescope:renderer';

// Rasterisers that run on the CPU, as their renderer strings name them: Chromium's and ANGLE's
// SwiftShader, Mesa's llvmpipe / softpipe (also inside "Gallium … on llvmpipe" and Vulkan's
// lavapipe device name), Windows' Basic Render Driver, and anything calling itself software.
const SOFTWARE = /swiftshader|llvmpipe|softpipe|\bsoftware\b|microsoft basic render/i;
// Placeholders a browser answers instead of the real name (masked or fingerprint-resistant).
const PLACEHOLDER = /^(webkit webgl|webkit|mozilla|generic renderer)$/i;

export function readRendererSetting(storage: Pick<Storage, 'getItem'> | null): RendererName | null {
  try {
    const value = storage?.getItem(RENDERER_SETTING);
    return value === 'webgl' || value === 'canvas' ? value : null;
  } catch {
    // Storage refused (privacy settings): the detection decides.
    return null;
  }
}

function rendererString(context: ProbeContext): string | null {
  const info = context.getExtension('WEBGL_debug_renderer_info');
  const name =
    typeof info === 'object' &&
    info !== null &&
    'UNMASKED_RENDERER_WEBGL' in info &&
    typeof info.UNMASKED_RENDERER_WEBGL === 'number'
      ? info.UNMASKED_RENDERER_WEBGL
      : context.RENDERER;
  const value = context.getParameter(name);
  const text = typeof value === 'string' ? value.trim() : '';
  return text === '' ? null : text;
}

function lose(context: ProbeContext): void {
  const extension = context.getExtension('WEBGL_lose_context');
  if (typeof extension === 'object' && extension !== null && 'loseContext' in extension) {
    const loseContext = extension.loseContext;
    if (typeof loseContext === 'function') loseContext.call(extension);
  }
}

interface Probe {
  /** The renderer string of the first context that opened, if any did. */
  readonly gpu: string | null;
  readonly webgl2: boolean;
  /** True when contexts open only once a major performance caveat is accepted. */
  readonly caveat: boolean;
}

function probe(createCanvas: () => ProbeCanvas): Probe | null {
  // WebGL 2 first (Cytoscape's WebGL renderer draws with WebGL 2 shaders only), each kind first
  // refusing a major performance caveat; WebGL 1 only to name the GPU in the reason.
  const attempts: [ContextKind, boolean][] = [
    ['webgl2', true],
    ['webgl2', false],
    ['webgl', true],
    ['webgl', false],
  ];
  for (const [kind, failIfMajorPerformanceCaveat] of attempts) {
    let context: ProbeContext | null = null;
    try {
      context = createCanvas().getContext(kind, { failIfMajorPerformanceCaveat });
    } catch {
      context = null;
    }
    if (!context) continue;
    const gpu = rendererString(context);
    lose(context);
    return { gpu, webgl2: kind === 'webgl2', caveat: !failIfMajorPerformanceCaveat };
  }
  return null;
}

/** Decides the renderer from a probe of the given canvases and the person's setting. */
export function chooseRenderer(
  createCanvas: () => ProbeCanvas,
  setting: RendererName | null = null,
): RendererChoice {
  // Forcing the canvas probes nothing: it is the way out when a driver misbehaves.
  if (setting === 'canvas') return { renderer: 'canvas', gpu: null, reason: 'set to canvas' };
  const found = probe(createCanvas);
  if (!found) return { renderer: 'canvas', gpu: null, reason: 'no WebGL' };
  const { gpu } = found;
  const canvas = (reason: string): RendererChoice => ({ renderer: 'canvas', gpu, reason });
  if (!found.webgl2) return canvas('no WebGL 2');
  if (setting === 'webgl') return { renderer: 'webgl', gpu, reason: 'set to webgl' };
  if (found.caveat) return canvas('major performance caveat');
  if (gpu === null || PLACEHOLDER.test(gpu)) return canvas('renderer unknown');
  if (SOFTWARE.test(gpu)) return canvas('software rendering');
  return { renderer: 'webgl', gpu, reason: 'hardware GPU' };
}

function browserCanvas(): ProbeCanvas {
  const canvas = document.createElement('canvas');
  return {
    getContext: (kind, attributes) =>
      kind === 'webgl2'
        ? canvas.getContext('webgl2', attributes)
        : canvas.getContext('webgl', attributes),
  };
}

function pageStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

// The GPU does not change while a page is open, and every probe costs a context: decide once.
let pageChoice: RendererChoice | undefined;

/** This page's renderer choice, decided on first use. */
export function rendererChoice(): RendererChoice {
  pageChoice ??= chooseRenderer(browserCanvas, readRendererSetting(pageStorage()));
  return pageChoice;
}
