import type { Trail } from './trail';
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
        {trail.steps.map((step, i) => (
          <li key={`${i}-${step.paper}`}>
            {i === trail.current ? (
              <span aria-current="step">{step.title ?? step.paper}</span>
            ) : (
              <button type="button" className="link-button" onClick={() => go(i - trail.current)}>
                {step.title ?? step.paper}
              </button>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
