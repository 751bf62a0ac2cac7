// The timeline's axis, over the top of the canvas: year ticks for the years the drawn papers
// span (never an unresolved entry's), and the labelled "No year" lane with its edge drawn down
// the canvas. Second-hop papers older than every neighbour stand left of the lane, and get
// ticks there too. Follows pan and zoom; only what is on screen is drawn.
import type { Core } from 'cytoscape';
import { useEffect, useMemo, useState } from 'react';
import type { CitationGraph } from '../graph/citation-graph';
import { timelineScale, yearX } from '../graph/layout/timeline-scale';
import styles from './graph-canvas.module.css';
import own from './timeline-axis.module.css';

interface TimelineAxisProps {
  readonly cy: Core;
  readonly graph: CitationGraph;
}

interface Viewport {
  readonly zoom: number;
  readonly panX: number;
  readonly width: number;
}

/** Room kept between the lane's label and the first tick, so their labels never touch. */
const TICK_CLEARANCE = 24;
/** Room the "No year" label needs (its text and padding), in CSS pixels. */
const LABEL_WIDTH = 72;

interface Span {
  readonly left: number;
  readonly right: number;
}

/**
 * Where the lane's label goes on screen: over the lane, but never narrower than its text and
 * never past the canvas's left edge (a narrow canvas draws the lane only a few pixels wide, at
 * the very left). Null while the lane is panned out of view to the left.
 */
function labelSpan(lane: Span): Span | null {
  if (lane.right <= 0) return null;
  const right = Math.max(lane.right, LABEL_WIDTH);
  return { left: Math.max(0, Math.min(lane.left, right - LABEL_WIDTH)), right };
}

/** Year ticks (a label every ≥ 48 px) and the no-year lane, following pan and zoom. */
export function TimelineAxis({ cy, graph }: TimelineAxisProps) {
  // The same scale the layout used; computed once per graph, not per pan or hover.
  const scale = useMemo(() => timelineScale(graph), [graph]);
  const [viewport, setViewport] = useState<Viewport>(() => read(cy));
  useEffect(() => {
    const update = () => {
      setViewport(read(cy));
    };
    cy.on('viewport resize', update);
    return () => {
      cy.off('viewport resize', update);
    };
  }, [cy]);

  const toScreen = (x: number) => x * viewport.zoom + viewport.panX;
  const lane: Span | null = scale.noYearLane && {
    left: toScreen(scale.noYearLane.left),
    right: toScreen(scale.noYearLane.right),
  };
  const pixelsPerYear = scale.yearWidth * viewport.zoom;
  const every = [1, 2, 5, 10, 20, 50].find((n) => n * pixelsPerYear >= 48) ?? 100;
  const label = lane && labelSpan(lane);
  // No tick under the lane or its label, nor too close to them.
  const blocked = lane && {
    left: Math.min(lane.left, label?.left ?? lane.left) - TICK_CLEARANCE,
    right: Math.max(lane.right, label?.right ?? 0) + TICK_CLEARANCE,
  };
  const ticks: { year: number; x: number }[] = [];
  const { years } = scale;
  if (years) {
    for (let year = Math.ceil(years.first / every) * every; year <= years.last; year += every) {
      const x = toScreen(yearX(scale, year));
      const free = !blocked || x < blocked.left || x >= blocked.right;
      if (free && x >= 0 && x <= viewport.width) ticks.push({ year, x });
    }
  }
  return (
    <>
      <div className={styles.timelineAxis} aria-hidden="true">
        {label && (
          <span
            className={own.lane}
            data-no-year-lane=""
            style={{ left: label.left, width: label.right - label.left }}
          >
            No year
          </span>
        )}
        {ticks.map((tick) => (
          <span
            key={tick.year}
            className={styles.tick}
            style={{ left: tick.x }}
            data-year={tick.year}
          >
            {tick.year}
          </span>
        ))}
      </div>
      {lane && lane.right >= 0 && lane.right <= viewport.width && (
        <div className={own.laneEdge} style={{ left: lane.right }} aria-hidden="true" />
      )}
    </>
  );
}

function read(cy: Core): Viewport {
  return { zoom: cy.zoom(), panX: cy.pan().x, width: cy.width() };
}
