// What the canvas tests share: props for a canvas, the instance it exposes, and a way to let a
// finished layout's promise callbacks run.
import type { Core } from 'cytoscape';
import { act } from '@testing-library/react';
import type { CitationGraph } from '../graph/citation-graph';
import type { LayoutName } from '../graph/layout/positions';
import type { GraphCanvasProps } from './graph-canvas';

const noop = (): void => undefined;

export function canvasProps(
  graph: CitationGraph,
  layout: LayoutName,
  more: Partial<GraphCanvasProps> = {},
) {
  return {
    graph,
    layout,
    isVisible: () => true,
    selectedKey: null,
    onSelect: noop,
    onOpen: noop,
    ...more,
  } satisfies GraphCanvasProps;
}

/** The instance the canvas put on window.__cy (the tests stub VITE_EXPOSE_CY). */
export function exposedCy(): Core {
  if (!window.__cy) throw new Error('window.__cy is missing');
  return window.__cy;
}

/** Lets promise callbacks (a finished layout) run and React render what they set. */
export const settle = () => act(() => Promise.resolve());
