// The exploration log: every step of a literature search (open, search, filter, layout,
// expansion, import, collection edits, export, "What's new" checks) with when it happened, what
// was shown and the URL that reproduces the view, so a review can report how its list was
// found. Pure values: storage is features/exploration-log's, describing a view change
// src/app/log-steps.ts's; the exported files exploration-log-files.ts's.

export const LOG_KINDS = [
  'open',
  'search',
  'seeds',
  'filter',
  'layout',
  'expand',
  'collapse',
  'links',
  'import',
  'collection',
  'export',
  'check',
] as const;
export type LogKind = (typeof LOG_KINDS)[number];

/** What the view showed after the step; `seeds` only for a view of several seeds. */
export interface ShownCounts {
  readonly papers: number;
  readonly references: number;
  readonly citations: number;
  readonly seeds?: number;
}

export type LogDetailValue = string | number | boolean | readonly string[];
export type LogDetail = Readonly<Record<string, LogDetailValue>>;

export interface LogEntry {
  /** ISO 8601. */
  readonly at: string;
  readonly kind: LogKind;
  /** Plain text, e.g. "Year from 2018". */
  readonly summary: string;
  /** The view's URL: opening it shows the view again. */
  readonly url: string;
  /** Null until the counts arrive (they come after the URL changes). */
  readonly shown: ShownCounts | null;
  readonly detail?: LogDetail;
}

export interface ExplorationLog {
  /** Oldest first. */
  readonly entries: readonly LogEntry[];
  /** How many of the earliest steps were let go to keep the log bounded. */
  readonly dropped: number;
}

export const EMPTY_LOG: ExplorationLog = { entries: [], dropped: 0 };
/** Steps kept per log: months of work, a few megabytes at most. */
export const MAX_LOG_ENTRIES = 5_000;
/** A summary names a title or a query: a hostile 10 MB title must not fill the store. */
export const MAX_SUMMARY_LENGTH = 500;
export const MAX_DETAIL_TEXT_LENGTH = 1_000;

/** Cut with an ellipsis, so a reader sees it was cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function clipDetail(detail: LogDetail): LogDetail {
  const clipped: Record<string, LogDetailValue> = {};
  for (const [name, value] of Object.entries(detail)) {
    if (typeof value === 'string') clipped[name] = clip(value, MAX_DETAIL_TEXT_LENGTH);
    else if (Array.isArray(value)) {
      clipped[name] = value.map((item: string) => clip(item, MAX_DETAIL_TEXT_LENGTH));
    } else clipped[name] = value;
  }
  return clipped;
}

/**
 * A view URL the log may link to: an http(s) address or one relative to the app (`?…`, `/…`).
 * Anything else (`javascript:`, `data:`, `//elsewhere`) is refused, wherever the log came from.
 */
export function isViewUrl(url: string): boolean {
  if (url.startsWith('?')) return true;
  if (url.startsWith('/')) return !url.startsWith('//') && !url.startsWith('/\\');
  return /^https?:\/\/[^/\\@]+(?:[/?#]|$)/i.test(url);
}

/** The log with `entry` last; past `max` steps the oldest go and are counted. */
export function appendEntry(
  log: ExplorationLog,
  entry: LogEntry,
  max = MAX_LOG_ENTRIES,
): ExplorationLog {
  const kept: LogEntry = {
    ...entry,
    summary: clip(entry.summary, MAX_SUMMARY_LENGTH),
    ...(entry.detail && { detail: clipDetail(entry.detail) }),
  };
  const entries = [...log.entries, kept];
  const over = Math.max(0, entries.length - max);
  return { entries: entries.slice(over), dropped: log.dropped + over };
}

/** The log with its last step replaced by `entry` (a step that only carried on the last one). */
export function replaceLastEntry(log: ExplorationLog, entry: LogEntry): ExplorationLog {
  return appendEntry({ ...log, entries: log.entries.slice(0, -1) }, entry);
}

/**
 * Fills in what the latest step showing `url` showed, once its counts have arrived; the same log
 * when that step already has counts, or when no step shows `url`.
 */
export function recordShown(log: ExplorationLog, url: string, shown: ShownCounts): ExplorationLog {
  const index = log.entries.findLastIndex((entry) => entry.url === url);
  const entry = log.entries[index];
  if (entry?.shown !== null) return log;
  const entries = log.entries.with(index, { ...entry, shown });
  return { ...log, entries };
}
