// How many citations of each paper the researcher chose to load ("Load more", "Load all"),
// remembered for the session: going back to a paper shows as many as before, from the cache.
import { useCallback, useState, type Dispatch, type SetStateAction } from 'react';
import { DEFAULT_CITATION_CAP } from '../queries/use-neighbourhood';

const caps = new Map<string, number>();

export function useCitationCap(apiId: string): [number, Dispatch<SetStateAction<number>>] {
  const [cap, setCap] = useState(() => caps.get(apiId) ?? DEFAULT_CITATION_CAP);
  const update = useCallback<Dispatch<SetStateAction<number>>>(
    (next) => {
      setCap((current) => {
        const value = typeof next === 'function' ? next(current) : next;
        caps.set(apiId, value);
        return value;
      });
    },
    [apiId],
  );
  return [cap, update];
}
