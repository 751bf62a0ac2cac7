// The exploration log as session state: the steps of the collection being worked in (or of
// this browser's session when none is open), each change written through to the log library.
// Opening another log shows it at once; steps taken while it is read from storage are kept
// after the stored ones, never lost to the read.
import {
  appendEntry,
  EMPTY_LOG,
  recordShown,
  replaceLastEntry,
  type ExplorationLog,
  type LogEntry,
  type ShownCounts,
} from '../domain/exploration-log';
import type { LoadedLog } from '../features/exploration-log/log-storage';

/** Where logs are kept, one per collection id (and one for the session). */
export interface LogLibrary {
  readonly load: (key: string) => Promise<LoadedLog>;
  readonly save: (key: string, log: ExplorationLog) => Promise<void>;
  readonly remove: (key: string) => Promise<void>;
}

export interface LogState {
  readonly log: ExplorationLog;
  /** Whose log it is: a collection id, or the session's key. */
  readonly logKey: string | null;
  /** Stored steps that could not be read when the log was opened. */
  readonly logUnreadable: number;
  readonly openLog: (key: string) => Promise<void>;
  /**
   * Adds a step, or stands in for the last one when `replaceLast` says so of it (a filter
   * still being typed).
   */
  readonly appendLog: (
    entry: LogEntry,
    replaceLast?: (last: LogEntry | undefined) => boolean,
  ) => void;
  /** The counts the view at `url` showed, once they are known. */
  readonly recordShownInLog: (url: string, shown: ShownCounts) => void;
  readonly forgetLog: (key: string) => Promise<void>;
}

type Patch = Partial<LogState>;
type Set = (patch: Patch | ((state: LogState) => Patch)) => void;
type Get = () => LogState;

export function logSlice(set: Set, get: Get, library: LogLibrary): LogState {
  const write = (key: string | null, log: ExplorationLog) => {
    // A log that cannot be written stays on screen; the next step tries again.
    if (key !== null) void library.save(key, log).catch(() => undefined);
  };
  const change = (next: (log: ExplorationLog) => ExplorationLog) => {
    const { log, logKey } = get();
    const changed = next(log);
    if (changed === log) return;
    set({ log: changed });
    write(logKey, changed);
  };
  return {
    log: EMPTY_LOG,
    logKey: null,
    logUnreadable: 0,
    openLog: async (key) => {
      if (get().logKey === key) return;
      set({ logKey: key, log: EMPTY_LOG, logUnreadable: 0 });
      let loaded: LoadedLog;
      try {
        loaded = await library.load(key);
      } catch {
        loaded = { log: EMPTY_LOG, unreadable: 0 };
      }
      if (get().logKey !== key) return;
      const meanwhile = get().log.entries;
      const merged = meanwhile.reduce((log, entry) => appendEntry(log, entry), loaded.log);
      set({ log: merged, logUnreadable: loaded.unreadable });
      if (meanwhile.length > 0) write(key, merged);
    },
    appendLog: (entry, replaceLast) => {
      change((log) =>
        replaceLast?.(log.entries.at(-1)) === true
          ? replaceLastEntry(log, entry)
          : appendEntry(log, entry),
      );
    },
    recordShownInLog: (url, shown) => {
      change((log) => recordShown(log, url, shown));
    },
    forgetLog: async (key) => {
      await library.remove(key).catch(() => undefined);
    },
  };
}
