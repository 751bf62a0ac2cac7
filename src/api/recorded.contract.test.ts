// Contract: every real response recorded from the Semantic Scholar API (../shared/s2/recorded,
// see tests/support/recordings.ts) is accounted for. A recording of an endpoint Citescope calls
// must parse with our schemas and map to domain types (errors to our error classes); anything
// else must be listed as out of scope with a reason. A new file that is neither fails here.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  allInteractions,
  describeInteraction,
  describeRecorded,
  listRecordingFiles,
  loadJsonBody,
  OUT_OF_SCOPE,
  parseCassette,
  type RecordedInteraction,
  type RoutedInteraction,
  type UsedEndpoint,
} from '../../tests/support/recordings';
import {
  BadRequestError,
  NotFoundError,
  RateLimitError,
  ServerError,
  type ApiError,
} from './errors';
import { mapAnyPaper, mapLinkPage, mapPaper } from './map-paper';
import { mapRecommendations } from './recommendations';
import { errorFromResponse } from './response-errors';
import {
  autocompleteSchema,
  batchSchema,
  citationPageSchema,
  errorBodySchema,
  matchSchema,
  paperSchema,
  referencePageSchema,
  resolvedPaperSchema,
  searchSchema,
} from './schemas';

/** The single JSON bodies, each with what it is and the check that reads it. */
const JSON_BODIES: Readonly<Record<string, (json: unknown) => void>> = {
  'Paper.json': (json) => {
    const wire = resolvedPaperSchema.parse(json);
    expect(mapPaper(wire).id).toBe(wire.paperId);
  },
  'PaperWithNullValues.json': (json) => {
    expect(mapAnyPaper(paperSchema.parse(json)).authors).toEqual([]);
  },
  'Citation.json': (json) => {
    expect(mapLinkPage(citationPageSchema.parse({ offset: 0, data: [json] })).links).toHaveLength(
      1,
    );
  },
  'Reference.json': (json) => {
    expect(mapLinkPage(referencePageSchema.parse({ offset: 0, data: [json] })).links).toHaveLength(
      1,
    );
  },
};
const OUT_OF_SCOPE_BODIES: Readonly<Record<string, string>> = {
  'Author.json': OUT_OF_SCOPE.authors,
};

const list = (json: unknown, key?: string): unknown[] => {
  const value = key === undefined ? json : z.record(z.string(), z.unknown()).parse(json)[key];
  return value === undefined ? [] : z.array(z.unknown()).parse(value);
};
const nested = z.looseObject({ paperId: z.string().nullish() });
const linkItem = z.looseObject({ citingPaper: nested.optional(), citedPaper: nested.optional() });
const unresolvedIn = (json: unknown): number =>
  list(json, 'data')
    .map((item) => linkItem.parse(item))
    .filter((item) => !(item.citingPaper ?? item.citedPaper)?.paperId).length;
const param = (interaction: RecordedInteraction, name: string): string | null =>
  interaction.url.searchParams.get(name);

/** What a 200 of each endpoint must give once parsed and mapped. */
const ENDPOINT_CHECKS: Readonly<Record<UsedEndpoint, (i: RecordedInteraction) => void>> = {
  paper: ({ body }) => {
    const wire = resolvedPaperSchema.parse(body);
    expect(mapPaper(wire).id).toBe(wire.paperId);
  },
  citations: (interaction) => checkLinkPage(interaction, citationPageSchema),
  references: (interaction) => checkLinkPage(interaction, referencePageSchema),
  batch: ({ body, requestBody }) => {
    const papers = batchSchema.parse(body).map((wire) => (wire ? mapPaper(wire) : null));
    const { ids } = z.object({ ids: z.array(z.string()) }).parse(JSON.parse(requestBody ?? ''));
    expect(papers).toHaveLength(ids.length);
    expect(papers.map((paper) => paper === null)).toEqual(list(body).map((raw) => raw === null));
  },
  search: (interaction) => {
    const wire = searchSchema.parse(interaction.body);
    expect(wire.data.map(mapPaper)).toHaveLength(list(interaction.body, 'data').length);
    expect(wire.offset).toBe(Number(param(interaction, 'offset') ?? 0));
  },
  match: ({ body }) => {
    const papers = matchSchema.parse(body).data.map(mapPaper);
    expect(papers).toHaveLength(list(body, 'data').length);
    expect(papers.length).toBeGreaterThan(0);
  },
  autocomplete: ({ body }) => {
    expect(autocompleteSchema.parse(body).matches).toHaveLength(list(body, 'matches').length);
  },
  'recommendations-forpaper': (interaction) => checkRecommendations(interaction),
  'recommendations-papers': (interaction) => checkRecommendations(interaction),
};

/** Every recommended paper maps, in the recorded order (none is the asked paper here). */
function checkRecommendations({ body, url }: RecordedInteraction): void {
  const papers = mapRecommendations(body, url.href, []);
  const recorded = list(body, 'recommendedPapers').map((item) => nested.parse(item).paperId);
  expect(papers.map((paper) => paper.id)).toEqual(recorded);
  expect(papers.every((paper) => paper.title !== '')).toBe(true);
}

function checkLinkPage(
  interaction: RecordedInteraction,
  schema: typeof citationPageSchema | typeof referencePageSchema,
): void {
  const page = mapLinkPage(schema.parse(interaction.body));
  // Nothing dropped: unresolved entries (no paperId) are kept and marked.
  expect(page.links).toHaveLength(list(interaction.body, 'data').length);
  expect(page.links.filter((link) => link.paper.id === null)).toHaveLength(
    unresolvedIn(interaction.body),
  );
  expect(page.offset).toBe(Number(param(interaction, 'offset') ?? 0));
}

async function errorFor(interaction: RecordedInteraction): Promise<ApiError> {
  const { rawBody, status, headers, url } = interaction;
  return errorFromResponse(new Response(rawBody, { status, headers }), { url: url.href, now: 0 });
}

const isOk = (status: number): boolean => status >= 200 && status < 300;
const isError = (status: number): boolean => status >= 400;

/** How one interaction is accounted for, or null when nothing covers it. */
function ledgerEntry({ interaction, route }: RoutedInteraction): string | null {
  if (route.kind === 'out-of-scope') return `out of scope: ${route.reason}`;
  if (route.kind === 'unknown') return null;
  if (isOk(interaction.status)) return `checked: ${route.endpoint} answer parses and maps`;
  if (isError(interaction.status)) return `checked: ${route.endpoint} error maps to its class`;
  return null;
}

describe('reading cassettes', () => {
  it('fails loudly, naming the file, when a cassette lacks its structure', () => {
    const noStatus = [
      'interactions:',
      '- request: {method: GET, uri: "https://x.test/a", body: ""}',
      '  response: {content: "{}"}',
    ].join('\n');
    expect(() => parseCassette('broken.yaml', noStatus)).toThrow(/broken\.yaml[\s\S]*status/);
    expect(() => parseCassette('empty.yaml', 'interactions: []')).toThrow(/empty\.yaml/);
  });

  it('reads both status shapes and both body shapes', () => {
    const [a, b] = parseCassette(
      'shapes.yaml',
      [
        'interactions:',
        '- request: {method: GET, uri: "https://x.test/a", body: ""}',
        '  response: {status: {code: 404}, body: {string: "{\\"error\\":\\"no\\"}"}}',
        '- request: {method: POST, uri: "https://x.test/b", body: "{}"}',
        '  response: {status_code: 200, content: "not json"}',
      ].join('\n'),
    );
    expect(a).toMatchObject({ status: 404, body: { error: 'no' }, requestBody: null });
    expect(b).toMatchObject({ status: 200, body: null, rawBody: 'not json', requestBody: '{}' });
  });
});

describeRecorded('recorded responses: every file is accounted for', () => {
  it('each file is checked by a contract or listed as out of scope with a reason', () => {
    const unaccounted: string[] = [];
    for (const file of listRecordingFiles()) {
      if (file in JSON_BODIES || file in OUT_OF_SCOPE_BODIES) continue;
      if (!/\.ya?ml$/.test(file)) unaccounted.push(`${file}: neither a cassette nor a known body`);
    }
    for (const routed of allInteractions()) {
      if (ledgerEntry(routed) === null) unaccounted.push(describeInteraction(routed.interaction));
    }
    expect(unaccounted).toEqual([]);
  });

  it('lists no body that is not in the folder', () => {
    const files = new Set(listRecordingFiles());
    const listed = [...Object.keys(JSON_BODIES), ...Object.keys(OUT_OF_SCOPE_BODIES)];
    expect(listed.filter((file) => !files.has(file))).toEqual([]);
  });
});

describeRecorded('recorded responses: single JSON bodies parse and map', () => {
  for (const [file, check] of Object.entries(JSON_BODIES)) {
    it(file, () => {
      check(loadJsonBody(file));
    });
  }
});

describeRecorded('recorded responses: every answer of an endpoint we use parses and maps', () => {
  const routed = allInteractions();
  for (const { interaction, route } of routed) {
    if (route.kind !== 'used' || !isOk(interaction.status)) continue;
    it(describeInteraction(interaction), () => {
      ENDPOINT_CHECKS[route.endpoint](interaction);
    });
  }
  for (const { interaction, route } of routed) {
    if (route.kind !== 'used' || !isError(interaction.status)) continue;
    it(describeInteraction(interaction), async () => {
      const error = await errorFor(interaction);
      const parsed = errorBodySchema.parse(interaction.body);
      const message = 'error' in parsed ? parsed.error : parsed.message;
      if (interaction.status === 404) expect(error).toBeInstanceOf(NotFoundError);
      else if (interaction.status === 429) expect(error).toBeInstanceOf(RateLimitError);
      else if (interaction.status >= 500) expect(error).toBeInstanceOf(ServerError);
      else {
        expect(error).toBeInstanceOf(BadRequestError);
        expect(error).toHaveProperty('apiMessage', message);
      }
    });
  }
});
