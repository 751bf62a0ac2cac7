import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { GraphImageHandle } from '../cytoscape/graph-image';
import { Legend } from '../cytoscape/legend';
import type { Point } from '../graph/layout/positions';
import type { CitationGraph, GraphNode } from '../graph/citation-graph';
import type { LayoutName } from '../graph/layout/positions';
import { effectiveSizeBy, type Measure, type SizeBy } from '../graph/node-size';
import { useGraphFocus } from './graph-focus';
import own from './graph-section.module.css';
import styles from './layout.module.css';
import { TABS_QUERY, useMediaQuery } from './use-media-query';

const LEGEND_ID = 'graph-legend';

// Cytoscape is most of the app's weight: it loads while the first request is in flight, so
// the first screen (and the search) never waits for it.
const GraphCanvas = lazy(() =>
  import('../cytoscape/graph-canvas').then((module) => ({ default: module.GraphCanvas })),
);

interface GraphSectionProps {
  readonly graph: CitationGraph | null;
  readonly layout: LayoutName;
  /** What node size follows; "cited here" and "rank" wait for their values (`measure`). */
  readonly sizeBy: SizeBy;
  readonly measure: Measure | null;
  readonly isVisible: (node: GraphNode) => boolean;
  readonly selectedKey: string | null;
  readonly onSelect: (key: string | null) => void;
  readonly onOpen: (key: string) => void;
  /** E on a selected paper: expand it in place, or collapse it; absent for a snapshot. */
  readonly onExpand?: ((key: string) => void) | undefined;
  readonly onImageHandle: (handle: GraphImageHandle | null) => void;
  /** True while list pages are still arriving. */
  readonly streaming: boolean;
  /** Positions of an opened snapshot, and a key that starts a fresh canvas for it. */
  readonly restore: { readonly key: string; readonly positions: Record<string, Point> } | null;
  /** The layout actually drawn (the force layout falls back to radial on big graphs). */
  readonly onLayoutDrawn: (drawn: LayoutName) => void;
  /** Trail, toolbar, progress and errors, above the graph. */
  readonly children: ReactNode;
}

export function GraphSection(props: GraphSectionProps) {
  const { graph, restore } = props;
  const [layoutNote, setLayoutNote] = useState<string | null>(null);
  const focus = useGraphFocus(props.onOpen);
  // The legend folds behind a button: open at first on a wide screen, folded on a smaller one,
  // where it would cover too much of the graph; the reader's own choice then stands.
  const small = useMediaQuery(TABS_QUERY);
  const [legendChoice, setLegendOpen] = useState<boolean | null>(null);
  const legendOpen = legendChoice ?? !small;
  const sizeBy = effectiveSizeBy(props.sizeBy, props.measure);
  return (
    <section className={styles.graph} aria-label="Citation graph">
      {props.children}
      {layoutNote && <p className="notice">{layoutNote}</p>}
      {graph && (
        <div className={own.frame}>
          <Suspense fallback={<p className={own.drawing}>Drawing the graph…</p>}>
            <GraphCanvas
              key={restore?.key ?? 'live'}
              graph={graph}
              layout={props.layout}
              sizeBy={props.sizeBy}
              measure={props.measure}
              isVisible={props.isVisible}
              selectedKey={props.selectedKey}
              onSelect={props.onSelect}
              onOpen={focus.onOpen}
              onExpand={props.onExpand}
              // eslint-disable-next-line jsx-a11y/no-autofocus -- gives back focus the re-centre took
              autoFocus={focus.autoFocus}
              onLayoutDrawn={(drawn, note) => {
                setLayoutNote(note);
                props.onLayoutDrawn(drawn);
              }}
              onImageHandle={props.onImageHandle}
              streaming={props.streaming}
              restorePositions={restore?.positions ?? null}
            />
          </Suspense>
          <button
            type="button"
            className={own.legendToggle}
            data-graph-overlay=""
            aria-expanded={legendOpen}
            aria-controls={LEGEND_ID}
            onClick={() => setLegendOpen(!legendOpen)}
          >
            Legend
          </button>
          <div id={LEGEND_ID} className={own.legendSlot} hidden={!legendOpen}>
            <Legend
              sizeBy={sizeBy}
              expanded={(graph.expanded?.length ?? 0) > 0}
              seeds={graph.seeds?.length ?? 1}
              fresh={graph.nodes.some((node) => node.isNew)}
            />
          </div>
        </div>
      )}
    </section>
  );
}
