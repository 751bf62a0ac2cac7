import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SAMPLE_INTENTS_ID, SAMPLE_MARKUP_CONTEXT } from './intent-sample';
import { createSampleDataset } from './sample';
import { useTwinServer } from './twin-test-kit';

const twin = useTwinServer(createSampleDataset);

const page = z.object({
  data: z.array(
    z.object({
      isInfluential: z.boolean(),
      intents: z.array(z.string()),
      contexts: z.array(z.string()),
      contextsWithIntent: z.array(z.object({ context: z.string(), intents: z.array(z.string()) })),
      citingPaper: z.object({ paperId: z.string() }),
    }),
  ),
});

async function citations() {
  const fields = 'isInfluential,intents,contexts,contextsWithIntent';
  const { body } = await twin.get(
    `/paper/${SAMPLE_INTENTS_ID}/citations?fields=${fields}&limit=1000`,
  );
  return page.parse(body).data;
}

describe('the sample paper whose citations say why', () => {
  it('serves 300 citations in the stated proportions', async () => {
    const data = await citations();
    const withIntent = (intent: string) => data.filter((item) => item.intents.includes(intent));
    expect(data).toHaveLength(300);
    expect(data.filter((item) => item.isInfluential)).toHaveLength(30);
    expect(withIntent('methodology')).toHaveLength(100);
    expect(withIntent('result')).toHaveLength(60);
    expect(withIntent('background')).toHaveLength(80);
    const none = data.filter((item) => item.intents.length === 0);
    expect(none).toHaveLength(80);
    expect(none.filter((item) => item.contexts.length === 0)).toHaveLength(40);
  });

  it('gives each sentence its own intents, whose union is the edge intents', async () => {
    for (const item of await citations()) {
      expect(item.contexts).toEqual(item.contextsWithIntent.map((c) => c.context));
      const union = new Set(item.contextsWithIntent.flatMap((c) => c.intents));
      expect([...union].sort()).toEqual([...item.intents].sort());
      for (const sentence of item.contextsWithIntent) {
        expect(sentence.intents.length).toBeLessThanOrEqual(1);
      }
    }
  });

  it('has one sentence holding markup and one citation with more than five sentences', async () => {
    const data = await citations();
    expect(data.filter((item) => item.contexts.includes(SAMPLE_MARKUP_CONTEXT))).toHaveLength(1);
    expect(data.filter((item) => item.contexts.length > 5)).toHaveLength(1);
  });
});
