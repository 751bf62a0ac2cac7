import type { Trail } from './trail';

interface TrailBarProps {
  readonly trail: Trail;
}

/** Back, Forward and the path taken; every move goes through the browser's history. */
export function TrailBar({ trail }: TrailBarProps) {
  const go = (delta: number) => {
    window.history.go(delta);
  };
  return (
    <nav className="trail-bar" aria-label="Path taken">
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
      <ol className="trail">
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
