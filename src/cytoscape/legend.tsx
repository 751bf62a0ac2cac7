import type { SizeBy } from '../graph/node-size';
import styles from './legend.module.css';

// Colours come from the theme's tokens (app.css), the same hues the graph is drawn in.
const ITEMS = [
  { label: 'This paper', colour: 'var(--colour-centre)', ring: null },
  { label: 'Cites it (citation)', colour: 'var(--colour-citation)', ring: null },
  { label: 'Cited by it (reference)', colour: 'var(--colour-reference)', ring: null },
  { label: 'Both', colour: 'var(--colour-reference)', ring: 'var(--colour-citation)' },
] as const;

// Why each edge cites (its most specific intent), and whether S2 counts it as influential.
const EDGE_ITEMS = [
  { label: 'methodology', colour: 'var(--colour-intent-methodology)', thick: false },
  { label: 'result', colour: 'var(--colour-intent-result)', thick: false },
  { label: 'background', colour: 'var(--colour-intent-background)', thick: false },
  { label: 'thick: influential', colour: 'var(--colour-text)', thick: true },
] as const;

const SIZE: Record<SizeBy, { readonly size: string; readonly labels: string }> = {
  citations: {
    size: 'Size: citations (all of Semantic Scholar)',
    labels: 'Labels: the most cited papers that fit; zoom in for more',
  },
  'cited-here': {
    size: 'Size: cited here (by papers in this graph)',
    labels: 'Labels: the papers most cited here that fit; zoom in for more',
  },
  rank: {
    size: 'Size: rank (PageRank over this graph)',
    labels: 'Labels: the highest-ranked papers that fit; zoom in for more',
  },
};

interface LegendProps {
  /** What node size encodes (say the measure in use: 'citations' while links are not loaded). */
  readonly sizeBy?: SizeBy;
  /** Whether papers were expanded in place (their line is shown only then). */
  readonly expanded?: boolean;
  /** Seeds drawn together (more than one: the seeds' words and the ring of seeds linked). */
  readonly seeds?: number;
  /** Whether papers are marked new since a collection's last check. */
  readonly fresh?: boolean;
}

/** Always on screen over the graph: what the colours, sizes and labels mean. */
const SEED_LABELS: Record<string, string> = {
  'This paper': 'Seeds',
  'Cites it (citation)': 'Cites a seed (citation)',
  'Cited by it (reference)': 'Cited by a seed (reference)',
};

export function Legend(props: LegendProps) {
  const { sizeBy = 'citations', expanded = false, seeds = 1, fresh = false } = props;
  const text = SIZE[sizeBy];
  const seeded = seeds > 1;
  return (
    // data-graph-overlay: labels are placed clear of it (see use-graph-labels.ts).
    <div className={styles.legend} aria-label="Legend" data-graph-overlay="">
      <ul>
        {ITEMS.map((item) => (
          <li key={item.label}>
            <span
              className={styles.swatch}
              style={{
                background: item.colour,
                boxShadow: item.ring ? `0 0 0 3px ${item.ring}` : undefined,
              }}
              aria-hidden="true"
            />
            {(seeded ? SEED_LABELS[item.label] : undefined) ?? item.label}
          </li>
        ))}
        {seeded && (
          <li data-legend="seed-links">
            <span className={styles.seedRing} aria-hidden="true" />
            Thick grey ring: linked to several seeds (thicker, more)
          </li>
        )}
        {fresh && (
          <li data-legend="new">
            <span className={styles.newRing} aria-hidden="true" />
            Dashed ring: new since the last check
          </li>
        )}
        {expanded && (
          <li data-legend="expanded">
            <span className={styles.expandedRing} aria-hidden="true" />
            Expanded · <span className={styles.faded} aria-hidden="true" />
            lighter: added by expanding it
          </li>
        )}
        <li data-legend="size">
          <span className={styles.sizes} aria-hidden="true">
            <span className={styles.small} />
            <span className={styles.large} />
          </span>
          {text.size}
        </li>
        <li data-legend="edges">
          Lines:{' '}
          {EDGE_ITEMS.map((item) => (
            <span key={item.label} className={styles.edgeItem}>
              <span
                className={styles.line}
                style={{ background: item.colour, height: item.thick ? 3 : 2 }}
                aria-hidden="true"
              />
              {item.label}
            </span>
          ))}
        </li>
        <li className={styles.note} data-legend="labels">
          {text.labels} · arrows: citing → cited
        </li>
      </ul>
    </div>
  );
}
