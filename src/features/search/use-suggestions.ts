// Which titles to suggest for what is in the search box. Suggestions are a convenience: when
// they fail, the box says so quietly and searching by title still works.
import { useQuery } from '@tanstack/react-query';
import type { AutocompleteMatch } from '../../api/types';
import { parsePaperInput } from '../../domain/identifier';
import { useS2Client } from '../../queries/s2-client-context';
import { autocompleteQueryOptions } from './autocomplete-query';
import { useDebouncedValue } from './use-debounced-value';

/** Shorter prefixes match too much of the corpus to be useful. */
const MIN_SUGGEST_LENGTH = 3;
export const SUGGEST_DELAY_MS = 250;

/** The title query worth suggesting for, or null: ids and malformed input get no suggestions. */
function suggestionQuery(input: string): string | null {
  try {
    const parsed = parsePaperInput(input);
    return parsed.kind === 'title' && parsed.query.length >= MIN_SUGGEST_LENGTH
      ? parsed.query
      : null;
  } catch {
    // Blank or malformed input: the form explains the problem on submit.
    return null;
  }
}

interface Suggestions {
  /** Empty unless the list should show: open, a title typed, and an answer in hand. */
  readonly matches: readonly AutocompleteMatch[];
  readonly failed: boolean;
}

const NONE: readonly AutocompleteMatch[] = [];

export function useSuggestions(input: string, open: boolean): Suggestions {
  const client = useS2Client();
  const current = suggestionQuery(input);
  const settled = useDebouncedValue(current, SUGGEST_DELAY_MS);
  const result = useQuery(autocompleteQueryOptions(client, open ? settled : null));
  // Checked against the live input, not the settled one: the list hides at once when the input
  // turns into an id or gets too short, rather than a debounce later.
  const showing = open && current !== null && !result.isError;
  return {
    matches: showing ? (result.data ?? NONE) : NONE,
    failed: open && current !== null && result.isError,
  };
}
