// One import at a time: read the entries, look them up, and keep what is known when a request
// fails so that Resume asks only for the rest. A cancelled or replaced run is aborted and its
// late answers are ignored.
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../ui/error-notice';
import { useS2Client } from '../../queries/s2-client-context';
import { extractEntries } from './extract-entries';
import type { ImportEntry } from './import-entry';
import { ImportInterruptedError, type EntryOutcome } from './import-outcome';
import { sourceProblem, type ImportSource } from './import-source';
import { resolveEntries } from './resolve-entries';

interface Run {
  readonly source: ImportSource;
  readonly entries: readonly ImportEntry[];
  readonly outcomes: readonly EntryOutcome[];
}

export type ImportState =
  | { readonly phase: 'idle'; readonly problem: string | null; readonly notice: string | null }
  | { readonly phase: 'reading' }
  | (Run & { readonly phase: 'resolving' })
  | (Run & { readonly phase: 'interrupted'; readonly reason: string })
  | (Run & { readonly phase: 'done' });

const IDLE: ImportState = { phase: 'idle', problem: null, notice: null };

export interface ImportControls {
  readonly state: ImportState;
  /** Reads the source for entries and looks them all up. */
  readonly start: (source: ImportSource) => void;
  readonly cancel: () => void;
  readonly resume: () => void;
  readonly reset: () => void;
}

export function useImport(): ImportControls {
  const client = useS2Client();
  const [state, setState] = useState<ImportState>(IDLE);
  const running = useRef<AbortController | null>(null);

  const stop = useCallback(() => {
    running.current?.abort();
    running.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  /** Looks the pending entries up; `resume` carries the outcomes already known. */
  const resolve = useCallback(
    (source: ImportSource, entries: readonly ImportEntry[], resume?: readonly EntryOutcome[]) => {
      stop();
      const controller = new AbortController();
      running.current = controller;
      const current = () => running.current === controller;
      const pending = entries.map((): EntryOutcome => ({ kind: 'pending' }));
      setState({ phase: 'resolving', source, entries, outcomes: resume ?? pending });
      resolveEntries(client, entries, {
        signal: controller.signal,
        resume,
        onProgress: ({ outcomes }) => {
          if (current()) setState({ phase: 'resolving', source, entries, outcomes });
        },
      }).then(
        (outcomes) => {
          if (!current()) return;
          running.current = null;
          setState({ phase: 'done', source, entries, outcomes });
        },
        (error: unknown) => {
          if (!current()) return;
          running.current = null;
          if (error instanceof ImportInterruptedError) {
            const { outcomes, message: reason } = error;
            setState({ phase: 'interrupted', source, entries, outcomes, reason });
          } else {
            setState({ phase: 'idle', problem: errorMessage(error), notice: null });
          }
        },
      );
    },
    [client, stop],
  );

  const start = useCallback(
    (source: ImportSource) => {
      stop();
      const problem = sourceProblem(source);
      if (problem !== null) {
        setState({ phase: 'idle', problem, notice: null });
        return;
      }
      const controller = new AbortController();
      running.current = controller;
      setState({ phase: 'reading' });
      extractEntries(source.text, source.fileName ?? undefined).then(
        ({ entries }) => {
          if (running.current !== controller) return;
          if (entries.length === 0) {
            const what = source.fileName === null ? 'the pasted text' : `“${source.fileName}”`;
            setState({ phase: 'idle', problem: `No entries found in ${what}.`, notice: null });
            running.current = null;
            return;
          }
          resolve(source, entries);
        },
        (error: unknown) => {
          if (running.current !== controller) return;
          running.current = null;
          const problem = `Could not read the entries: ${errorMessage(error)}`;
          setState({ phase: 'idle', problem, notice: null });
        },
      );
    },
    [resolve, stop],
  );

  const cancel = useCallback(() => {
    if (running.current === null) return;
    stop();
    setState({ phase: 'idle', problem: null, notice: 'Import cancelled: nothing was imported.' });
  }, [stop]);

  const resume = useCallback(() => {
    if (state.phase === 'interrupted') resolve(state.source, state.entries, state.outcomes);
  }, [resolve, state]);

  const reset = useCallback(() => {
    stop();
    setState(IDLE);
  }, [stop]);

  return { state, start, cancel, resume, reset };
}
