import type { Core } from 'cytoscape';
import { useEffect, useState } from 'react';
import type { TimelineScale } from '../graph/layout/timeline';
import styles from './graph-canvas.module.css';

interface TimelineAxisProps {
  readonly cy: Core;
  readonly scale: TimelineScale;
  readonly firstYear: number;
  readonly lastYear: number;
}

interface Viewport {
  readonly zoom: number;
  readonly panX: number;
  readonly width: number;
}

/** Year ticks along the top of the timeline, following pan and zoom; a label every ≥ 48 px. */
export function TimelineAxis({ cy, scale, firstYear, lastYear }: TimelineAxisProps) {
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

  const pixelsPerYear = scale.yearWidth * viewport.zoom;
  const every = [1, 2, 5, 10, 20, 50].find((n) => n * pixelsPerYear >= 48) ?? 100;
  const ticks: { year: number; x: number }[] = [];
  for (let year = Math.ceil(firstYear / every) * every; year <= lastYear; year += every) {
    const x = (year - scale.originYear) * scale.yearWidth * viewport.zoom + viewport.panX;
    if (x >= 0 && x <= viewport.width) ticks.push({ year, x });
  }
  return (
    <div className={styles.timelineAxis} aria-hidden="true">
      {ticks.map((tick) => (
        <span key={tick.year} className={styles.tick} style={{ left: tick.x }}>
          {tick.year}
        </span>
      ))}
    </div>
  );
}

function read(cy: Core): Viewport {
  return { zoom: cy.zoom(), panX: cy.pan().x, width: cy.width() };
}
