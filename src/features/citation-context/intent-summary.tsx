import type { GraphFilters, IntentFilter } from '../../graph/filters';
import type { IntentCounts, LinkDirection } from '../../graph/intent-counts';
import styles from './citation-context.module.css';
import { INTENT_NAMES } from './intent-names';

interface IntentSummaryProps {
  readonly counts: IntentCounts;
  /** What the counts are of: the centre's citations, or its references. */
  readonly direction: LinkDirection;
  /** True when fewer links are loaded than the paper has. */
  readonly partial: boolean;
  readonly filters: GraphFilters;
  readonly onChange: (filters: GraphFilters) => void;
}

const number = new Intl.NumberFormat('en');
const PARTS: readonly IntentFilter[] = ['methodology', 'background', 'result', 'none'];
const BAR_CLASS: Readonly<Record<IntentFilter, string | undefined>> = {
  background: styles.background,
  methodology: styles.methodology,
  result: styles.result,
  none: undefined,
};

/**
 * "Of 344 citations: 36 influential · 120 methodology · …" as a row of parts, each with a bar
 * for its share; a part is a button that shows only those links (and, pressed again, all).
 */
export function IntentSummary(props: IntentSummaryProps) {
  const { counts, direction, partial, filters, onChange } = props;
  if (counts.links === 0) return null;
  const noun = counts.links === 1 ? direction.replace(/s$/, '') : direction;
  const title = `Of ${number.format(counts.links)} ${partial ? 'loaded ' : ''}${noun}`;
  const only = (intent: IntentFilter) =>
    filters.intents.length === 1 && filters.intents[0] === intent;
  const share = (count: number) => `${Math.round((100 * count) / counts.links)}%`;
  return (
    <section className={styles.summary} aria-label={`Why the ${direction} cite`}>
      <p className={styles.summaryTitle}>{title}:</p>
      <ul className={styles.parts}>
        <li>
          <button
            type="button"
            className={styles.part}
            aria-pressed={filters.influentialOnly}
            onClick={() => onChange({ ...filters, influentialOnly: !filters.influentialOnly })}
          >
            {number.format(counts.influential)} influential
            <span
              className={`${styles.bar} ${styles.influential}`}
              style={{ width: share(counts.influential) }}
            />
          </button>
        </li>
        {PARTS.map((intent) => (
          <li key={intent}>
            <button
              type="button"
              className={styles.part}
              aria-pressed={only(intent)}
              onClick={() => onChange({ ...filters, intents: only(intent) ? [] : [intent] })}
            >
              {number.format(counts[intent])}{' '}
              {intent === 'none' ? 'no intent given' : INTENT_NAMES[intent].toLowerCase()}
              <span
                className={`${styles.bar} ${BAR_CLASS[intent] ?? ''}`}
                style={{ width: share(counts[intent]) }}
              />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
