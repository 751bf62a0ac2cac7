// Building blocks of a synthetic paper, drawn from the seeded PRNG. Shared pieces (venue objects,
// lower-cased words) are made once, so generating thousands of papers stays cheap.
import type { Rng } from './prng';
import * as words from './vocabulary';
import type { WireAuthor, WireExternalIds, WirePublicationVenue } from './wire-types';

export interface VenuePick {
  readonly name: string;
  readonly type: 'journal' | 'conference';
  readonly publicationVenue: WirePublicationVenue;
}

const VENUE_PICKS: readonly VenuePick[] = words.VENUES.map((venue, index) => ({
  name: venue.name,
  type: venue.type,
  publicationVenue: Object.freeze({
    id: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
    name: venue.name,
    type: venue.type,
    alternate_names: [venue.abbreviation],
    url: `https://venues.example.org/${venue.abbreviation.toLowerCase().replace(/ /g, '-')}`,
  }),
}));

export const pickVenue = (rng: Rng): VenuePick => rng.pick(VENUE_PICKS);

export function makeAuthors(rng: Rng): WireAuthor[] {
  const count = rng.int(1, 6);
  const authors: WireAuthor[] = [];
  for (let i = 0; i < count; i += 1) {
    const given = rng.pick(words.GIVEN_NAMES);
    const name = `${rng.chance(0.3) ? `${given.charAt(0)}.` : given} ${rng.pick(words.SURNAMES)}`;
    const authorId = rng.chance(0.05) ? null : String(rng.int(1_000_000, 2_999_999_999));
    authors.push({ authorId, name });
  }
  return authors;
}

export interface TitleParts {
  readonly title: string;
  /** Lower-case words for the abstract and TL;DR. */
  readonly subject: string;
  readonly topic: string;
}

export function makeTitle(rng: Rng): TitleParts {
  const adjective = rng.pick(words.ADJECTIVES);
  const noun = rng.pick(words.NOUNS);
  const topic = rng.pick(words.TOPICS);
  const subject = `${adjective} ${noun}`;
  let title: string;
  switch (rng.int(0, 3)) {
    case 0:
      title = `${subject} for ${topic}`;
      break;
    case 1:
      title = `${rng.pick(words.TITLE_OPENERS)} ${subject}`;
      break;
    case 2:
      title = `${rng.pick(words.TITLE_OPENERS)} ${topic} with ${subject}`;
      break;
    default:
      title = `${subject}: A Synthetic Study of ${topic}`;
  }
  return { title, subject: subject.toLowerCase(), topic: topic.toLowerCase() };
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** External ids derived from the corpusId, so they are distinct whenever corpusIds are. */
export function makeExternalIds(rng: Rng, corpusId: number, year: number | null): WireExternalIds {
  const ids: WireExternalIds = { DOI: `10.5555/synth.${year ?? 'undated'}.${corpusId}` };
  // Five-digit arXiv numbers (2015 on) leave room for a distinct id per corpusId; earlier
  // four-digit ones would collide, so generated papers before 2015 have none.
  if (year !== null && year >= 2015 && rng.chance(0.35)) {
    const month = (Math.floor(corpusId / 10_000) % 12) + 1;
    ids.ArXiv = `${pad(year % 100, 2)}${pad(month, 2)}.9${pad(corpusId % 10_000, 4)}`;
  }
  if (rng.chance(0.5)) ids.MAG = String(3_000_000_000 + (corpusId % 1_000_000_000));
  if (rng.chance(0.15)) ids.PubMed = String(90_000_000 + (corpusId % 10_000_000));
  if (rng.chance(0.08)) ids.PubMedCentral = String(9_000_000 + (corpusId % 1_000_000));
  if (rng.chance(0.05)) ids.ACL = `${year ?? 2000}.synth-${corpusId % 100_000}`;
  ids.CorpusId = corpusId;
  return ids;
}

export const makeDate = (rng: Rng, year: number): string =>
  `${year}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`;
