// The canvas in jsdom, as a reader sees it: selection marks, focus, theme and node sizes. Its
// layouts, with a stand-in force worker, are tested in graph-canvas.test.tsx.
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GraphCanvas } from './graph-canvas';
import { canvasProps, exposedCy, settle } from './graph-canvas.test-kit';
import { starNeighbourhood } from '../test-support/graphs';
import { LABELLED_AT } from './use-graph-labels';

beforeEach(() => {
  vi.stubEnv('VITE_EXPOSE_CY', 'true');
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('GraphCanvas selection', () => {
  it('marks the selected paper and its links by class, and moves or clears the marks', () => {
    const graph = starNeighbourhood(2, 2);
    const [a, b] = graph.nodes;
    if (!a || !b) throw new Error('Need two neighbours');
    const { rerender } = render(
      <GraphCanvas {...canvasProps(graph, 'radial', { selectedKey: a.key })} />,
    );
    const selected = () =>
      exposedCy()
        .nodes('.is-selected')
        .map((n) => n.id());
    const highlighted = () =>
      exposedCy()
        .edges('.is-highlighted')
        .map((e) => e.id());
    expect(selected()).toEqual([a.key]);
    expect(highlighted()).toEqual(
      exposedCy()
        .getElementById(a.key)
        .connectedEdges()
        .map((e) => e.id()),
    );
    rerender(<GraphCanvas {...canvasProps(graph, 'radial', { selectedKey: b.key })} />);
    expect(selected()).toEqual([b.key]);
    expect(highlighted()).toEqual(
      exposedCy()
        .getElementById(b.key)
        .connectedEdges()
        .map((e) => e.id()),
    );
    rerender(<GraphCanvas {...canvasProps(graph, 'radial', { selectedKey: null })} />);
    expect(selected()).toEqual([]);
    expect(highlighted()).toEqual([]);
  });
});

describe('GraphCanvas appearance and focus', () => {
  it('focuses its surface once drawn when asked, and only then', async () => {
    const graph = starNeighbourhood(3, 3);
    const { unmount } = render(<GraphCanvas {...canvasProps(graph, 'radial')} />);
    await settle();
    expect(document.activeElement?.id).not.toBe('citation-graph');
    unmount();
    render(<GraphCanvas {...canvasProps(graph, 'radial', { autoFocus: true })} />);
    await settle();
    expect(document.activeElement?.id).toBe('citation-graph');
  });

  it('follows the theme prop, else data-theme on <html>', async () => {
    const graph = starNeighbourhood(3, 3);
    const fill = () =>
      String(exposedCy().getElementById(graph.centre.id).style('background-color'));
    const { rerender } = render(<GraphCanvas {...canvasProps(graph, 'radial')} />);
    await settle();
    const light = fill();
    act(() => {
      document.documentElement.setAttribute('data-theme', 'dark');
    });
    await settle();
    const dark = fill();
    expect(dark).not.toBe(light);
    rerender(<GraphCanvas {...canvasProps(graph, 'radial', { theme: 'light' })} />);
    await settle();
    expect(fill()).toBe(light);
    document.documentElement.removeAttribute('data-theme');
  });

  it('sizes nodes by in-graph citations when asked and known', async () => {
    const graph = starNeighbourhood(3, 3);
    const [first, second] = graph.nodes;
    if (!first || !second) throw new Error('The star has no neighbours');
    const measure = new Map([[second.key, 2]]);
    const size = (key: string) => Number(exposedCy().getElementById(key).data('size'));
    const { rerender } = render(<GraphCanvas {...canvasProps(graph, 'radial', { measure })} />);
    await settle();
    const byCitations = [size(first.key), size(second.key)];
    rerender(<GraphCanvas {...canvasProps(graph, 'radial', { measure, sizeBy: 'cited-here' })} />);
    await settle();
    expect(size(second.key)).toBeGreaterThan(size(first.key));
    expect([size(first.key), size(second.key)]).not.toEqual(byCitations);
  });
});

describe('GraphCanvas labels', () => {
  it("says the zoom its labels were chosen at without touching Cytoscape's container", async () => {
    const { container } = render(
      <GraphCanvas {...canvasProps(starNeighbourhood(3, 3), 'radial')} />,
    );
    await settle();
    const cy = exposedCy();
    const surface = cy.container();
    if (!surface) throw new Error('The graph has no container');
    // Cytoscape answers any change of its container's attributes with a resize: a full redraw.
    const observer = new MutationObserver(() => undefined);
    observer.observe(surface, { attributes: true });
    act(() => {
      cy.zoom(cy.zoom() * 2);
    });
    const frame = () => container.querySelector(`[${LABELLED_AT}]`);
    await vi.waitFor(() => expect(frame()?.getAttribute(LABELLED_AT)).toBe(String(cy.zoom())));
    expect(frame()).not.toBe(surface);
    expect(observer.takeRecords()).toEqual([]);
    observer.disconnect();
  });
});
