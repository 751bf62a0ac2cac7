// arXiv identifiers in both of arXiv's schemes:
// - since April 2007, YYMM.NNNN (until 1412) or YYMM.NNNNN (from 1501), e.g. 2502.12671v2;
// - before, archive[.SUBJECT-CLASS]/YYMMNNN, e.g. hep-th/9901001 or math.GT/0309136.
// The `apiId` is versionless and old-style ids lose the subject class (see identifier.ts).
import type { IdOutcome } from './identifier';
import { accept, reject } from './identifier-outcome';
import { trimTrailingPunctuation } from './identifier-text';

// The archives of the old scheme, a closed list since that scheme ended. Knowing them keeps a word
// like "covid/2020123" from being read as an arXiv id.
const OLD_ARCHIVES = (
  'acc-phys adap-org alg-geom ao-sci astro-ph atom-ph bayes-an chao-dyn chem-ph cmp-lg comp-gas ' +
  'cond-mat cs dg-ga funct-an gr-qc hep-ex hep-lat hep-ph hep-th math math-ph mtrl-th nlin nucl-ex ' +
  'nucl-th patt-sol physics plasm-ph q-alg q-bio quant-ph solv-int supr-con'
).split(' ');

/** A bare word shaped like an old-style id of a real archive (valid or not). */
export const OLD_ARXIV_SHAPE = new RegExp(
  `^(?:${OLD_ARCHIVES.join('|')})(?:\\.[a-z-]+)?/\\d+(?:v\\d+)?$`,
  'i',
);

const NEW_ID = /^(\d{2})(\d{2})\.(\d+)(v[1-9]\d*)?$/i;
const OLD_ID = /^([a-z-]+)(?:\.[a-z-]+)?\/(\d{2})(\d{2})(\d{3})(v[1-9]\d*)?$/i;

interface ArxivId {
  readonly base: string;
  readonly version: string;
}

export function readArxiv(raw: string): IdOutcome {
  const token = trimTrailingPunctuation(raw);
  const id = newStyle(token) ?? oldStyle(token);
  if (id === undefined) {
    return reject(
      `This looks like an arXiv id but '${raw}' is not one (expected e.g. 2502.12671 or hep-th/9901001).`,
    );
  }
  return accept('ARXIV', id.base + id.version, `ARXIV:${id.base}`);
}

function newStyle(token: string): ArxivId | undefined {
  const [, yy = '', mm = '', number = '', version = ''] = NEW_ID.exec(token) ?? [];
  const yymm = Number(yy + mm);
  const month = Number(mm);
  const digits = yymm >= 1501 ? 5 : 4;
  if (yy === '' || month < 1 || month > 12 || yymm < 704 || number.length !== digits) {
    return undefined;
  }
  return { base: `${yy}${mm}.${number}`, version: version.toLowerCase() };
}

function oldStyle(token: string): ArxivId | undefined {
  const [, archive = '', yy = '', mm = '', number = '', version = ''] = OLD_ID.exec(token) ?? [];
  const year = Number(yy);
  const month = Number(mm);
  // The scheme ran from 1991 to March 2007.
  const inRange = year >= 91 || (year <= 7 && yy !== '');
  if (!OLD_ARCHIVES.includes(archive.toLowerCase()) || month < 1 || month > 12 || !inRange) {
    return undefined;
  }
  return { base: `${archive.toLowerCase()}/${yy}${mm}${number}`, version: version.toLowerCase() };
}
