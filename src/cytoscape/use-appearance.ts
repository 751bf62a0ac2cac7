// What the canvas looks like beyond the elements themselves: the theme's stylesheet and the
// measure node sizes follow. Both are applied to the live instance, never by rebuilding it.
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { CitationGraph } from '../graph/citation-graph';
import { importanceRanks } from '../graph/importance';
import { nodeSizes, type Measure, type SizeBy } from '../graph/node-size';
import { applySizes } from './elements';
import type { Theme } from './palette';
import { graphStylesheet } from './stylesheet';

/** Applies the theme's stylesheet (the instance starts light); returns a reader for exports. */
export function useTheme(cy: Core | null, theme: Theme): () => Theme {
  const applied = useRef<{ cy: Core; theme: Theme } | null>(null);
  useEffect(() => {
    if (!cy) return;
    const current = applied.current?.cy === cy ? applied.current.theme : 'light';
    // A restyle touches every element: only when the theme really changed.
    if (current !== theme) cy.style(graphStylesheet(theme));
    applied.current = { cy, theme };
  }, [cy, theme]);
  return useCallback(() => applied.current?.theme ?? 'light', []);
}

/**
 * Sizes nodes by the chosen measure and returns the sizes with the importance ranks labels
 * follow. Declared after useGraphLayout, so on a data change it runs after nodes were added.
 */
export function useSizing(
  cy: Core | null,
  graph: CitationGraph,
  sizeBy: SizeBy,
  measure: Measure | null,
) {
  const sizes = useMemo(() => nodeSizes(graph, sizeBy, measure), [graph, sizeBy, measure]);
  // By graph, so a layout finishing with a graph React has not rendered yet is labelled by it.
  const ranksOf = useMemo(() => {
    const known = new WeakMap<CitationGraph, ReadonlyMap<string, number>>();
    return (drawn: CitationGraph) => {
      let ranks = known.get(drawn);
      if (!ranks) {
        ranks = importanceRanks(drawn, sizeBy, measure);
        known.set(drawn, ranks);
      }
      return ranks;
    };
  }, [sizeBy, measure]);
  const ranks = ranksOf(graph);
  useEffect(() => {
    if (cy) applySizes(cy, sizes);
  }, [cy, sizes]);
  return { sizes, ranks, ranksOf };
}
