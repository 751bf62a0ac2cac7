import type { LinksData } from '../../queries/links-query';
import { classNames } from '../../ui/class-names';
import styles from './load-progress.module.css';

interface LoadProgressProps {
  /** "citations" or "references". */
  readonly noun: string;
  readonly data: LinksData | undefined;
  /** What Semantic Scholar says the paper has. */
  readonly total: number | null;
  readonly fetching: boolean;
  readonly step: number;
  readonly onStop: () => void;
  readonly onContinue: () => void;
  readonly onLoadMore: () => void;
  readonly onLoadAll: () => void;
}

const format = (n: number) => n.toLocaleString('en');

/**
 * How far a long list has loaded, with a way to stop, continue, or go past the default cap.
 * Silent once a list is complete, when the status line says all there is to say.
 */
export function LoadProgress(props: LoadProgressProps) {
  const { noun, data, total, fetching, step } = props;
  const loaded = data?.links.length ?? 0;
  const of = total !== null && total >= loaded ? ` of ${format(total)}` : '';
  if (fetching) {
    return (
      <div className={styles.progress} aria-live="polite">
        <label>
          {format(loaded)}
          {of} {noun} loaded
          <progress value={loaded} max={Math.max(total ?? 0, loaded, 1)} />
        </label>
        <button type="button" onClick={props.onStop}>
          Stop
        </button>
      </div>
    );
  }
  if (!data) return null;
  if (!data.complete) {
    return (
      <div className={styles.progress}>
        <span>
          Stopped at {format(loaded)}
          {of} {noun}.
        </span>
        <button type="button" onClick={props.onContinue}>
          Continue loading
        </button>
      </div>
    );
  }
  if (!data.truncated) return null;
  if (data.next === null) {
    return (
      <p className={classNames(styles.progress, 'muted')}>
        Semantic Scholar lists at most about 10,000 {noun} of a paper: {format(loaded)}
        {of} are shown.
      </p>
    );
  }
  return (
    <div className={styles.progress}>
      <span>
        {format(loaded)}
        {of} {noun} loaded.
      </span>
      <button type="button" onClick={props.onLoadMore}>
        Load {format(step)} more
      </button>
      <button type="button" onClick={props.onLoadAll}>
        Load all the API allows
      </button>
    </div>
  );
}
