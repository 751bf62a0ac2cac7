// jsdom has no canvas. Cytoscape's renderer only needs a 2D context that accepts calls, so the
// integration tests give it one that draws nothing; what a person sees is checked in Chromium.
function fakeContext(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const target = { canvas } as Record<string | symbol, unknown>;
  return new Proxy(target, {
    get(obj, key) {
      if (key in obj) return obj[key];
      if (key === 'measureText') return (text: string) => ({ width: text.length * 6 });
      if (key === 'getImageData' || key === 'createImageData') {
        return () => ({ data: new Uint8ClampedArray(4) });
      }
      if (
        key === 'createLinearGradient' ||
        key === 'createRadialGradient' ||
        key === 'createPattern'
      ) {
        return () => ({ addColorStop: () => undefined });
      }
      if (key === 'getTransform') return () => ({ a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 });
      return () => undefined;
    },
    set(obj, key, value) {
      obj[key] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
}

Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', {
  configurable: true,
  value(this: HTMLCanvasElement, kind: string) {
    return kind === '2d' ? fakeContext(this) : null;
  },
});

// jsdom has no ResizeObserver either; the slider and the virtual list only need it to exist.
const nothing = (): void => undefined;
class NoopResizeObserver {
  observe = nothing;
  unobserve = nothing;
  disconnect = nothing;
}
if (!('ResizeObserver' in globalThis)) {
  Object.assign(globalThis, { ResizeObserver: NoopResizeObserver });
}

// jsdom lays nothing out, so every box is 0×0 and a virtual list would show no rows. Give
// elements a window-sized box; tests then see the first screenful of rows, as a person would.
Element.prototype.getBoundingClientRect = function getBoundingClientRect(): DOMRect {
  return DOMRect.fromRect({ x: 0, y: 0, width: 1024, height: 768 });
};

for (const [key, size] of [
  ['clientWidth', 1024],
  ['clientHeight', 768],
] as const) {
  Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => size });
}
