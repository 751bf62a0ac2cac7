// Edge facts for generated links. Small pools of shared, frozen fact objects keep building tens
// of thousands of links cheap; which one a link gets is still decided by the seeded PRNG.
import type { Rng } from './prng';
import { CONTEXTS, INTENTS } from './vocabulary';
import type { WireEdgeFacts } from './wire-types';

export type EdgeSource = () => WireEdgeFacts;

/** `influentialRate`: share of links flagged `isInfluential` (about one in ten is plausible). */
export function createEdgeSource(rng: Rng, influentialRate = 0.1): EdgeSource {
  const pool = (isInfluential: boolean): WireEdgeFacts[] =>
    Array.from({ length: 16 }, () => {
      const contexts = rng.chance(0.15) ? [] : CONTEXTS.filter(() => rng.chance(0.3)).slice(0, 3);
      const intents = contexts.length === 0 ? [] : INTENTS.filter(() => rng.chance(0.4));
      // Each sentence takes one of the edge's intents in turn, as real sentences mostly carry one.
      const contextsWithIntent = contexts.map((context, index) => {
        const intent = intents[index % Math.max(1, intents.length)];
        return { context, intents: intent === undefined ? [] : [intent] };
      });
      return Object.freeze({ isInfluential, intents, contexts, contextsWithIntent });
    });
  const influential = pool(true);
  const plain = pool(false);
  return () => rng.pick(rng.chance(influentialRate) ? influential : plain);
}
