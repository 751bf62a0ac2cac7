// The parts of the app that load apart from the first screen. Each import runs once however
// often it is asked for, so a part can be fetched ahead (when the browser is idle, or when the
// URL says it is next) and asked for again when it is drawn.
import { useEffect } from 'react';

/** A paper's or seeds' view: lists, details, filters, Discover, export, the graph model. */
export const loadExplorer = () => import('./explorer-route');
/** The graph itself (Cytoscape): the heaviest part, needed once a view has a graph. */
export const loadGraphCanvas = () => import('../cytoscape/graph-canvas');
/** The inside of "Collections": the collections, the log, their menus and export formats. */
export const loadLibraryPanels = () => import('./library-panels');

/** Fetches `load` the first time the browser is idle after mounting. */
export function usePreloadWhenIdle(load: () => void): void {
  useEffect(() => {
    // Not every browser has idle callbacks (Safari); a short timer does the same there.
    const idle: Partial<Pick<Window, 'requestIdleCallback' | 'cancelIdleCallback'>> = window;
    if (idle.requestIdleCallback && idle.cancelIdleCallback) {
      const cancel = idle.cancelIdleCallback.bind(window);
      const handle = idle.requestIdleCallback.call(window, () => load());
      return () => {
        cancel(handle);
      };
    }
    const timer = window.setTimeout(load, 500);
    return () => {
      window.clearTimeout(timer);
    };
  }, [load]);
}
