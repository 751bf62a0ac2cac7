// What looking an entry up came to. Every entry gets exactly one outcome, in entry order.
import { CitescopeError } from '../../domain/errors';
import type { Paper } from '../../domain/paper';

export type EntryOutcome =
  | { readonly kind: 'found'; readonly paper: Paper }
  /** Matched by its title alone: show `paper.title` beside the entry's so the reader confirms. */
  | { readonly kind: 'found-by-title'; readonly paper: Paper; readonly query: string }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'unreadable'; readonly reason: string }
  /** Not looked up yet: only in progress reports and in an interrupted import. */
  | { readonly kind: 'pending' };

export interface ResolveProgress {
  /** Requests made so far. */
  readonly requests: number;
  /** Entries with a final outcome. */
  readonly done: number;
  readonly total: number;
  readonly outcomes: readonly EntryOutcome[];
}

/**
 * The lookup stopped on a failed request (rate limit, network …). `outcomes` keeps what was
 * already known, with `pending` for the rest; pass them back as `resume` to carry on.
 */
export class ImportInterruptedError extends CitescopeError {
  readonly code = 'import-interrupted';
  override readonly retryable: boolean;
  readonly outcomes: readonly EntryOutcome[];

  constructor(outcomes: readonly EntryOutcome[], cause: unknown) {
    const done = outcomes.filter((o) => o.kind !== 'pending').length;
    const why = cause instanceof Error ? ` ${cause.message}` : '';
    super(`The import stopped after ${done} of ${outcomes.length} entries.${why}`, { cause });
    this.outcomes = outcomes;
    this.retryable = cause instanceof CitescopeError && cause.retryable;
  }
}
