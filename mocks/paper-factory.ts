// Fixture factories: plausible synthetic papers from our own vocabularies. A factory owns one
// seeded PRNG and a corpusId counter, so the papers it makes are deterministic and distinct.
import { makeAuthors, makeDate, makeExternalIds, makeTitle, pickVenue } from './paper-parts';
import { createRng, type Rng } from './prng';
import { TOPICS, FIELDS_OF_STUDY } from './vocabulary';
import type { WirePaper, WireUnresolvedPaper } from './wire-types';

export interface PaperFactoryOptions {
  /** Probability that a nullable field comes back null (years and author lists less often). */
  readonly nullRate?: number;
  /** First corpusId handed out; the rest count up from it. */
  readonly firstCorpusId?: number;
}

export interface PaperFactory {
  readonly rng: Rng;
  /** `nullRate` overrides the factory's for this paper (0 for a complete record). */
  make(overrides?: Partial<WirePaper>, nullRate?: number): WirePaper;
  makeUnresolved(overrides?: Partial<WireUnresolvedPaper>): WireUnresolvedPaper;
}

const OA_STATUSES = ['GREEN', 'GOLD', 'HYBRID', 'BRONZE'] as const;
const UNRESOLVED_OPENERS = [
  'Unpublished notes on',
  'Personal communication about',
  'Draft report on',
];

export function createPaperFactory(seed: number, options: PaperFactoryOptions = {}): PaperFactory {
  const rng = createRng(seed);
  const defaultNullRate = options.nullRate ?? 0.1;
  let corpusId = options.firstCorpusId ?? 300_000_000 + rng.int(0, 9_999) * 10_000;

  const make = (overrides: Partial<WirePaper> = {}, paperNullRate?: number): WirePaper => {
    const nullRate = paperNullRate ?? defaultNullRate;
    const isNull = (rate: number): boolean => rate > 0 && rng.chance(rate);
    corpusId += 1;
    const id = overrides.corpusId ?? corpusId;
    const paperId = overrides.paperId ?? rng.hex40();
    const year =
      overrides.year !== undefined
        ? overrides.year
        : isNull(nullRate / 4)
          ? null
          : rng.int(1995, 2025);
    const { title, subject, topic } = makeTitle(rng);
    const venue = isNull(nullRate) ? null : pickVenue(rng);
    const externalIds = makeExternalIds(rng, id, year);
    const fields = isNull(nullRate) ? null : [rng.pick(FIELDS_OF_STUDY)];
    const isOpenAccess = rng.chance(0.4);
    const page = rng.int(1, 400);
    const paper: WirePaper = {
      paperId,
      corpusId: id,
      externalIds,
      url: `https://www.semanticscholar.org/paper/${paperId}`,
      title,
      abstract: isNull(nullRate)
        ? null
        : `Synthetic abstract. We study ${subject} for ${topic} on generated data and report made-up results.`,
      // Recorded: an unknown venue is usually "" and sometimes null.
      venue: venue ? venue.name : isNull(0.5) ? null : '',
      publicationVenue: venue ? venue.publicationVenue : null,
      year,
      referenceCount: 0,
      citationCount: 0,
      influentialCitationCount: 0,
      isOpenAccess,
      openAccessPdf: isOpenAccess
        ? {
            url: externalIds.ArXiv
              ? `https://arxiv.org/pdf/${externalIds.ArXiv}`
              : `https://papers.example.org/${paperId}.pdf`,
            status: rng.pick(OA_STATUSES),
          }
        : null,
      fieldsOfStudy: fields,
      s2FieldsOfStudy: [
        ...(fields ?? []).map((category) => ({ category, source: 'external' })),
        { category: rng.pick(FIELDS_OF_STUDY), source: 's2-fos-model' },
      ],
      publicationTypes: venue ? [venue.type === 'journal' ? 'JournalArticle' : 'Conference'] : null,
      publicationDate: year === null || isNull(nullRate) ? null : makeDate(rng, year),
      // Recorded: journal may be null, or carry only some of its keys.
      journal:
        venue?.type === 'journal'
          ? { name: venue.name, volume: String(rng.int(1, 60)), pages: `${page}-${page + 9}` }
          : isNull(nullRate)
            ? null
            : { name: '' },
      authors: isNull(nullRate / 4) ? null : makeAuthors(rng),
      tldr: isNull(nullRate > 0 ? Math.min(1, nullRate + 0.3) : 0)
        ? null
        : { model: 'tldr@v2.0.0', text: `A synthetic summary: ${subject} help with ${topic}.` },
    };
    Object.assign(paper, overrides);
    paper.corpusId = id;
    paper.year = year;
    if (overrides.externalIds) paper.externalIds = { ...overrides.externalIds, CorpusId: id };
    return paper;
  };

  const makeUnresolved = (overrides: Partial<WireUnresolvedPaper> = {}): WireUnresolvedPaper => ({
    paperId: null,
    title: `${rng.pick(UNRESOLVED_OPENERS)} ${rng.pick(TOPICS).toLowerCase()}`,
    year: rng.chance(0.5) ? rng.int(1950, 2020) : null,
    ...overrides,
  });

  return { rng, make, makeUnresolved };
}

/**
 * One synthetic paper; `seed` fixes its `paperId` and every other generated value, so two papers
 * need two seeds (or one `createPaperFactory` making both).
 */
export function makePaper(overrides: Partial<WirePaper> = {}, seed = 1): WirePaper {
  return createPaperFactory(seed).make(overrides);
}
