// The exploration log as a reader sees it: every step, newest first, with when it happened, what
// it showed and a link that shows its view again. Long logs show their latest steps and unfold
// the earlier ones on request, so months of work do not become thousands of rows at once.
import { useEffect, useId, useRef, useState, type MouseEvent } from 'react';
import {
  isViewUrl,
  type LogEntry,
  type LogKind,
  type ShownCounts,
} from '../../domain/exploration-log';
import { formatCount } from '../../ui/format';
import styles from './exploration-log.module.css';

export interface ExplorationLogPanelProps {
  /** Oldest first, as the log keeps them. */
  readonly entries: readonly LogEntry[];
  /** How many earlier steps the log no longer keeps. */
  readonly dropped: number;
  /** Shows a step's view in the app (an ordinary click on "Open this view"). */
  readonly onOpenUrl: (url: string) => void;
  /** What the log belongs to, e.g. the collection's name. */
  readonly title?: string;
  /** Stored steps that could not be read and were left out (loadLog's `unreadable`). */
  readonly unreadable?: number;
}

/** Rows shown at first, and added by each "Show earlier steps". */
export const LOG_PAGE = 200;

const KINDS: Record<LogKind, string> = {
  open: 'Open',
  search: 'Search',
  seeds: 'Seeds',
  filter: 'Filter',
  layout: 'Layout',
  expand: 'Expand',
  collapse: 'Collapse',
  links: 'Links',
  import: 'Import',
  collection: 'Collection',
  export: 'Export',
  check: 'Check',
};

const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;

/** "4 seeds · 120 papers · 40 references · 80 citations". */
export function shownText(shown: ShownCounts): string {
  const counts = [
    plural(shown.papers, 'paper'),
    plural(shown.references, 'reference'),
    plural(shown.citations, 'citation'),
  ];
  return (shown.seeds === undefined ? counts : [plural(shown.seeds, 'seed'), ...counts]).join(
    ' · ',
  );
}

const time = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
function localTime(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : time.format(date);
}

export function ExplorationLogPanel(props: ExplorationLogPanelProps) {
  const { entries, dropped, onOpenUrl, title, unreadable = 0 } = props;
  const id = useId();
  const [limit, setLimit] = useState(LOG_PAGE);
  // After "Show earlier steps" the button may be gone: the keyboard goes on from the first
  // step it revealed.
  const [revealed, setRevealed] = useState<number | null>(null);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (revealed === null) return;
    list.current?.querySelector<HTMLElement>(`[data-log-step="${revealed}"]`)?.focus();
  }, [revealed]);

  const newest = entries.slice(-limit).reverse();
  const hidden = Math.max(0, entries.length - limit);
  const open = (url: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    // A new tab or window, or a download, stays the browser's.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    onOpenUrl(url);
  };

  return (
    <section className={styles.panel} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className={styles.heading}>
        Exploration log
      </h2>
      {title && <p className={styles.owner}>{title}</p>}
      {unreadable > 0 && (
        <p className="notice notice-error">
          {plural(unreadable, 'stored step')} could not be read and{' '}
          {unreadable === 1 ? 'is' : 'are'} left out.
        </p>
      )}
      {entries.length === 0 ? (
        <p className={styles.note}>
          No steps yet. Each search, paper opened, filter, import and export is listed here, with a
          link that shows its view again.
        </p>
      ) : (
        <ol ref={list} className={styles.list} data-list="exploration-log">
          {newest.map((entry, index) => {
            const step = dropped + entries.length - 1 - index;
            const summaryId = `${id}-step-${step}`;
            return (
              <li
                key={step}
                className={styles.entry}
                data-log-kind={entry.kind}
                data-log-step={step}
                tabIndex={-1}
              >
                <span className={styles.meta}>
                  <time dateTime={entry.at}>{localTime(entry.at)}</time>
                  <span className={styles.kind}>{KINDS[entry.kind]}</span>
                </span>
                <span id={summaryId} className={styles.summary}>
                  {entry.summary}
                </span>
                {entry.shown && <span className={styles.counts}>{shownText(entry.shown)}</span>}
                {isViewUrl(entry.url) && (
                  <a href={entry.url} onClick={open(entry.url)} aria-describedby={summaryId}>
                    Open this view
                  </a>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {hidden > 0 && (
        <button
          type="button"
          onClick={() => {
            setRevealed(dropped + hidden - 1);
            setLimit(limit + LOG_PAGE);
          }}
        >
          Show earlier steps ({formatCount(hidden)} more)
        </button>
      )}
      {dropped > 0 && (
        <p className={styles.note}>
          {plural(dropped, 'earlier step')} {dropped === 1 ? 'is' : 'are'} no longer kept.
        </p>
      )}
    </section>
  );
}
