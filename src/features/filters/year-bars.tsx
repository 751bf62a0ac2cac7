import type { YearHistogram } from '../../graph/year-histogram';
import styles from './filters.module.css';

interface YearBarsProps {
  readonly histogram: YearHistogram;
  readonly from: number | null;
  readonly to: number | null;
}

const WIDTH = 240;
const HEIGHT = 56;

/** Papers per year, references (blue) stacked under citations (green); out-of-range years pale. */
export function YearBars({ histogram, from, to }: YearBarsProps) {
  const { bins } = histogram;
  if (bins.length === 0) return <p className="muted">No paper has a year.</p>;
  const peak = Math.max(1, ...bins.map((b) => b.references + b.citations));
  const barWidth = WIDTH / bins.length;
  const summary = `Papers per year from ${bins[0]?.year ?? ''} to ${bins.at(-1)?.year ?? ''}, at most ${peak} in one year.`;
  return (
    <svg
      className={styles.yearBars}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={summary}
    >
      {bins.map((bin, i) => {
        const inRange = (from === null || bin.year >= from) && (to === null || bin.year <= to);
        const refHeight = (bin.references / peak) * HEIGHT;
        const citeHeight = (bin.citations / peak) * HEIGHT;
        return (
          <g key={bin.year} opacity={inRange ? 1 : 0.25}>
            <title>{`${bin.year}: ${bin.references} references, ${bin.citations} citations`}</title>
            <rect
              x={i * barWidth}
              y={HEIGHT - refHeight}
              width={Math.max(barWidth - 0.5, 0.5)}
              height={refHeight}
              fill="var(--colour-reference)"
            />
            <rect
              x={i * barWidth}
              y={HEIGHT - refHeight - citeHeight}
              width={Math.max(barWidth - 0.5, 0.5)}
              height={citeHeight}
              fill="var(--colour-citation)"
            />
          </g>
        );
      })}
    </svg>
  );
}
