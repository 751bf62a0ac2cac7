import { crumbs, type Trail } from './trail';
import styles from './trail-bar.module.css';

interface TrailBarProps {
  readonly trail: Trail;
}

/** Back, Forward and the path taken; every move goes through the browser's history. */
export function TrailBar({ trail }: TrailBarProps) {
  const go = (delta: number) => {
    window.history.go(delta);
  };
  return (
    <nav className={styles.bar} aria-label="Path taken">
      <button type="button" onClick={() => go(-1)} disabled={trail.current <= 0}>
        ← Back
      </button>
      <button
        type="button"
        onClick={() => go(1)}
        disabled={trail.current >= trail.steps.length - 1}
      >
        Forward →
      </button>
      <ol className={styles.trail}>
        {crumbs(trail).map(({ step, entry }) => (
          <li key={`${step}-${entry.paper}`}>
            {step === trail.current ? (
              <span aria-current="step">{entry.title ?? entry.paper}</span>
            ) : (
              <button
                type="button"
                className="link-button"
                onClick={() => go(step - trail.current)}
              >
                {entry.title ?? entry.paper}
              </button>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
