// Title suggestions for the search box. Keyed under the papers of one API base URL, like every
// other paper query, so switching servers never mixes their answers.
import { keepPreviousData, queryOptions, skipToken } from '@tanstack/react-query';
import type { S2Client } from '../../api/types';
import { paperKeys } from '../../queries/paper-queries';

/** What the API suggests for a prefix hardly changes within a session, so ask once per prefix. */
const SESSION = 60 * 60 * 1000;

const autocompleteKey = (baseUrl: string, query: string | null) =>
  [...paperKeys.all(baseUrl), 'autocomplete', query] as const;

/** `query` is null while there is nothing worth suggesting for; the query then waits. */
export function autocompleteQueryOptions(client: S2Client, query: string | null) {
  return queryOptions({
    queryKey: autocompleteKey(client.baseUrl, query),
    // Consuming the signal lets TanStack abort a request whose prefix the user has typed past.
    queryFn: query === null ? skipToken : ({ signal }) => client.autocomplete(query, { signal }),
    staleTime: SESSION,
    // Keep the last list on screen while the next prefix loads, so it does not flicker.
    placeholderData: keepPreviousData,
  });
}
