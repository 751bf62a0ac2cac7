import { useEffect, useRef, useState } from 'react';
import { classNames } from '../ui/class-names';
import { foldTrail, type Trail, type TrailStep } from './trail';
import styles from './trail-bar.module.css';

interface TrailBarProps {
  readonly trail: Trail;
}

/** A paper without a title is named as such: its id means nothing to a reader. */
const crumbTitle = (entry: TrailStep): string => entry.title ?? 'Untitled';

/**
 * Back, Forward and the path taken; every move goes through the browser's history. A long path
 * folds its middle into "… N more", which unfolds it; the first and the current paper always
 * show, each cut short with an ellipsis (its whole title on hover and for screen readers).
 */
export function TrailBar({ trail }: TrailBarProps) {
  const go = (delta: number) => {
    window.history.go(delta);
  };
  // Unfolded at one step: moving on folds the trail again. `focus` is the first step revealed.
  const [unfolded, setUnfolded] = useState<{ at: number; focus: number } | null>(null);
  const expanded = unfolded?.at === trail.current;
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!unfolded) return;
    // The "more" button is gone: the keyboard goes on from the first crumb it revealed.
    list.current?.querySelector<HTMLElement>(`[data-step="${unfolded.focus}"]`)?.focus();
  }, [unfolded]);

  return (
    <nav className={styles.bar} aria-label="Path taken">
      <button
        type="button"
        className={styles.move}
        onClick={() => go(-1)}
        disabled={trail.current <= 0}
      >
        ← Back
      </button>
      <button
        type="button"
        className={styles.move}
        onClick={() => go(1)}
        disabled={trail.current >= trail.steps.length - 1}
      >
        Forward →
      </button>
      <ol ref={list} className={classNames(styles.trail, expanded && styles.unfolded)}>
        {foldTrail(trail, expanded).map((item) =>
          item.kind === 'more' ? (
            <li key={`more-${item.firstStep}`} className={styles.more}>
              <button
                type="button"
                className="link-button"
                onClick={() => setUnfolded({ at: trail.current, focus: item.firstStep })}
              >
                <span aria-hidden="true">… </span>
                {item.hidden} more
                <span className="visually-hidden"> papers on the path</span>
              </button>
            </li>
          ) : item.step === trail.current ? (
            <li key={`${item.step}-${item.entry.paper}`} className={styles.current}>
              <span className={styles.crumb} aria-current="step" title={crumbTitle(item.entry)}>
                {crumbTitle(item.entry)}
              </span>
            </li>
          ) : (
            <li key={`${item.step}-${item.entry.paper}`}>
              <button
                type="button"
                className={classNames('link-button', styles.crumb)}
                data-step={item.step}
                title={crumbTitle(item.entry)}
                onClick={() => go(item.step - trail.current)}
              >
                {crumbTitle(item.entry)}
              </button>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
