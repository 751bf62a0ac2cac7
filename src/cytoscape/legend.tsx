import styles from './legend.module.css';
import { COLOURS } from './stylesheet';

const ITEMS = [
  { label: 'This paper', colour: COLOURS.centre, ring: null },
  { label: 'Cites it (citation)', colour: COLOURS.citation, ring: null },
  { label: 'Cited by it (reference)', colour: COLOURS.reference, ring: null },
  { label: 'Both', colour: COLOURS.both, ring: COLOURS.bothRing },
] as const;

/** Always on screen over the graph: what the colours and sizes mean. */
export function Legend() {
  return (
    <div className={styles.legend} aria-label="Legend">
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
            {item.label}
          </li>
        ))}
        <li className="muted">Size: citation count · arrows: citing → cited</li>
      </ul>
    </div>
  );
}
