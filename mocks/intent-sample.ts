// A sample paper whose citations say why they cite it, in proportions known in advance, so tests
// can check exact counts after each filter: of its citations, every tenth is influential, a
// third use its method, a fifth compare results, most others give background, and the rest give
// no intent (half of them a sentence without one, half no sentence at all). One sentence holds
// markup, as real contexts sometimes do, to show that it stays text.
import type { DatasetBuilder } from './dataset';
import type { PaperFactory } from './paper-factory';
import type { WireContext, WireEdgeFacts, WirePaper } from './wire-types';

export const SAMPLE_INTENTS_ID = '1a7e470000000000000000000000000000c17e5c';
export const SAMPLE_INTENTS_TITLE = 'Why Synthetic Papers Cite Each Other';
export const SAMPLE_INTENTS_YEAR = 2016;
/** The rules behind each of its citations, by the citing paper's position `i` in its list. */
export const SAMPLE_INTENTS_PLAN = {
  citations: 300,
  references: 12,
  influential: (i: number): boolean => i % 10 === 0,
  methodology: (i: number): boolean => i % 3 === 0,
  result: (i: number): boolean => i % 5 === 0,
  background: (i: number): boolean => i % 3 === 1 && i % 5 !== 0,
  /** Of the citations with no intent, these still have a sentence. */
  sentenceWithoutIntent: (i: number): boolean => i % 2 === 0,
  /** This citation's sentences fold: more than five. */
  manySentences: (i: number): boolean => i === 3,
  /** This citation's background sentence holds markup. */
  markup: 1,
  /** How the paper cites its own references, by position. */
  referenceInfluential: (i: number): boolean => i < 3,
  referenceIntent: (i: number): 'methodology' | 'background' =>
    i % 2 === 0 ? 'methodology' : 'background',
} as const;
export const SAMPLE_MARKUP_CONTEXT =
  'As <img src=x onerror="window.__contextRan=true"> shows, $\\alpha$-synthetic graphs <b>grow</b> [12].';

const SENTENCE: Record<string, string> = {
  methodology: 'We adopt the synthetic weighting scheme of [12] for our sampler.',
  result: 'Our fabricated scores exceed those reported in [12].',
  background: 'Synthetic citation graphs have been studied before [12].',
  none: 'See also [12].',
};

function citationFacts(i: number): WireEdgeFacts {
  const plan = SAMPLE_INTENTS_PLAN;
  const intents = (['background', 'methodology', 'result'] as const).filter((intent) =>
    plan[intent](i),
  );
  const sentences: WireContext[] = intents.map((intent) => ({
    context:
      intent === 'background' && i === plan.markup ? SAMPLE_MARKUP_CONTEXT : SENTENCE[intent]!,
    intents: [intent],
  }));
  if (plan.manySentences(i)) {
    for (let n = 2; n <= 8; n += 1) {
      sentences.push({ context: `Step ${n} follows the method of [12] as well.`, intents: [] });
    }
  }
  if (intents.length === 0 && plan.sentenceWithoutIntent(i)) {
    sentences.push({ context: SENTENCE.none!, intents: [] });
  }
  return {
    isInfluential: plan.influential(i),
    intents,
    contexts: sentences.map((sentence) => sentence.context),
    contextsWithIntent: sentences,
  };
}

/** How the sample paper cites its own references: alternately for its method and background. */
function referenceFacts(i: number): WireEdgeFacts {
  const intent = SAMPLE_INTENTS_PLAN.referenceIntent(i);
  const context = `Following [${i + 1}], we build the ${intent} of this study.`;
  return {
    isInfluential: SAMPLE_INTENTS_PLAN.referenceInfluential(i),
    intents: [intent],
    contexts: [context],
    contextsWithIntent: [{ context, intents: [intent] }],
  };
}

/** Adds the paper, its references among `older` and its citing papers (made here). */
export function addIntentSample(
  builder: DatasetBuilder,
  factory: PaperFactory,
  older: readonly WirePaper[],
): void {
  const plan = SAMPLE_INTENTS_PLAN;
  builder.addPaper(
    factory.make(
      { paperId: SAMPLE_INTENTS_ID, title: SAMPLE_INTENTS_TITLE, year: SAMPLE_INTENTS_YEAR },
      0,
    ),
  );
  const step = Math.max(1, Math.floor(older.length / plan.references));
  for (let i = 0; i < plan.references; i += 1) {
    const cited = older[i * step];
    if (cited) builder.link(SAMPLE_INTENTS_ID, cited.paperId, referenceFacts(i));
  }
  for (let i = 0; i < plan.citations; i += 1) {
    const year = SAMPLE_INTENTS_YEAR + 1 + (i % 9);
    const citer = builder.addPaper(factory.make({ year }));
    builder.link(citer.paperId, SAMPLE_INTENTS_ID, citationFacts(i));
  }
}
