// Papers per year as stacked bars, and the drawn papers without a year as a labelled bar of their
// own at the left, on the same scale, as the timeline puts them in a lane left of the years.
import type { YearBin, YearHistogram } from '../../graph/year-histogram';
import styles from './filters.module.css';

interface YearBarsProps {
  readonly histogram: YearHistogram;
  readonly from: number | null;
  readonly to: number | null;
}

const WIDTH = 240;
const HEIGHT = 56;
const NO_YEAR_WIDTH = 12;
/** Bars outside the year range. */
const PALE = 0.25;

const total = (bin: Omit<YearBin, 'year'>) => bin.references + bin.citations;

/** One scale for the years and the "No year" bar, so they compare at a glance. */
function peakOf({ bins, noYear }: YearHistogram): number {
  return Math.max(1, total(noYear), ...bins.map(total));
}

/** References (blue) under citations (green), as one bar `width` wide at `x`. */
function Bar(props: { bin: Omit<YearBin, 'year'>; peak: number; x: number; width: number }) {
  const { bin, peak, x, width } = props;
  const refHeight = (bin.references / peak) * HEIGHT;
  const citeHeight = (bin.citations / peak) * HEIGHT;
  return (
    <>
      <rect
        x={x}
        y={HEIGHT - refHeight}
        width={width}
        height={refHeight}
        fill="var(--colour-reference)"
      />
      <rect
        x={x}
        y={HEIGHT - refHeight - citeHeight}
        width={width}
        height={citeHeight}
        fill="var(--colour-citation)"
      />
    </>
  );
}

/** Papers per year, out-of-range years pale. */
export function YearBars({ histogram, from, to }: YearBarsProps) {
  const { bins } = histogram;
  if (bins.length === 0) return <p className="muted">No drawn paper has a year.</p>;
  const peak = peakOf(histogram);
  const barWidth = WIDTH / bins.length;
  const yearPeak = Math.max(1, ...bins.map(total));
  const summary = `Papers per year from ${bins[0]?.year ?? ''} to ${bins.at(-1)?.year ?? ''}, at most ${yearPeak} in one year.`;
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
        return (
          <g key={bin.year} opacity={inRange ? 1 : PALE}>
            <title>{`${bin.year}: ${bin.references} references, ${bin.citations} citations`}</title>
            <Bar bin={bin} peak={peak} x={i * barWidth} width={Math.max(barWidth - 0.5, 0.5)} />
          </g>
        );
      })}
    </svg>
  );
}

/** The drawn papers without a year, labelled; pale while a year range hides them. */
export function NoYearBar({ histogram, from, to }: YearBarsProps) {
  const { withoutYear, noYear } = histogram;
  if (withoutYear === 0) return null;
  const count = `${withoutYear.toLocaleString('en')} ${withoutYear === 1 ? 'paper' : 'papers'}`;
  return (
    <div className={styles.noYear} role="img" aria-label={`${count} without a year`}>
      <svg
        className={styles.noYearBar}
        viewBox={`0 0 ${NO_YEAR_WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
      >
        <g opacity={from !== null || to !== null ? PALE : 1}>
          <title>{`No year: ${noYear.references} references, ${noYear.citations} citations`}</title>
          <Bar bin={noYear} peak={peakOf(histogram)} x={0} width={NO_YEAR_WIDTH} />
        </g>
      </svg>
      <span className={styles.noYearLabel}>No year</span>
    </div>
  );
}
