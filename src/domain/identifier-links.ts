// Links to paper pages on the sites whose addresses carry an identifier: which sites, and where in
// the path each one keeps it. Query strings and fragments never matter.
import type { IdOutcome } from './identifier';
import { readArxiv } from './identifier-arxiv';
import { reject } from './identifier-outcome';
import { readAcl, readDoi, readNumericId, readPmcid, readS2Id } from './identifier-schemes';

type SiteReader = (segments: readonly string[], path: string) => IdOutcome;

const HEX40 = /^[0-9a-f]{40}$/i;
const ARXIV_VIEWS = new Set(['abs', 'pdf', 'html', 'ps', 'format']);

// A trailing slash belongs to the link, not to the DOI.
const readDoiLink: SiteReader = (_segments, path) =>
  path === ''
    ? reject('This doi.org link has no DOI after the host name.')
    : readDoi(path.replace(/\/+$/, ''));

const readArxivLink: SiteReader = ([view = '', ...rest]) =>
  ARXIV_VIEWS.has(view) && rest.length > 0
    ? readArxiv(rest.join('/').replace(/\.pdf$/i, ''))
    : unreadable('arXiv', 'arxiv.org/abs/2502.12671');

const readS2Link: SiteReader = ([first = '', ...rest]) => {
  const corpusId = /^corpus\s*id:(.*)$/i.exec(first)?.[1];
  if (corpusId !== undefined) return readNumericId('CorpusId', corpusId);
  if (first !== 'paper' || rest.length === 0) {
    return unreadable('Semantic Scholar', 'semanticscholar.org/paper/<title>/<paper id>');
  }
  // The id follows an optional title slug; figure and table pages add segments after it.
  return readS2Id(rest.find((segment) => HEX40.test(segment)) ?? rest[rest.length - 1] ?? '');
};

const readNcbiLink: SiteReader = ([first = '', second = '', third = '']) => {
  if (first === 'pubmed' && second !== '') return readNumericId('PMID', second);
  if (first === 'pmc' && second === 'articles' && third !== '') return readPmcid(third);
  return unreadable('NCBI', 'pubmed.ncbi.nlm.nih.gov/19872477');
};

const SITES = new Map<string, SiteReader>([
  ['doi.org', readDoiLink],
  ['dx.doi.org', readDoiLink],
  ['arxiv.org', readArxivLink],
  ['export.arxiv.org', readArxivLink],
  ['semanticscholar.org', readS2Link],
  ['api.semanticscholar.org', readS2Link],
  ['ncbi.nlm.nih.gov', readNcbiLink],
  [
    'pubmed.ncbi.nlm.nih.gov',
    ([first]) =>
      first === undefined
        ? unreadable('PubMed', 'pubmed.ncbi.nlm.nih.gov/19872477')
        : readNumericId('PMID', first),
  ],
  [
    'pmc.ncbi.nlm.nih.gov',
    ([first, second]) =>
      first === 'articles' && second !== undefined
        ? readPmcid(second)
        : unreadable('PubMed Central', 'pmc.ncbi.nlm.nih.gov/articles/PMC2323736'),
  ],
  [
    'aclanthology.org',
    ([first]) =>
      first === undefined
        ? unreadable('ACL Anthology', 'aclanthology.org/P19-1001')
        : readAcl(first.replace(/\.pdf$/i, '')),
  ],
  [
    'aclweb.org',
    (segments) =>
      segments[0] === 'anthology' && segments.length > 1
        ? readAcl((segments[segments.length - 1] ?? '').replace(/\.pdf$/i, ''))
        : unreadable('ACL Anthology', 'aclweb.org/anthology/P19-1001'),
  ],
]);

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

function hostOf(word: string): string {
  return (word.replace(SCHEME, '').split(/[/?#]/, 1)[0] ?? '')
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
}

/** A word that is unmistakably a link: it has a scheme, starts with www. or names a known site. */
export function isLinkLike(word: string): boolean {
  return SCHEME.test(word) || /^www\./i.test(word) || SITES.has(hostOf(word));
}

/** A single word shaped like host.tld/path: a link without its scheme, to a site we do not know. */
export function isUnknownSiteLink(word: string): boolean {
  return /^(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?\//i.test(word);
}

export function readLink(word: string): IdOutcome {
  const url = toUrl(SCHEME.test(word) ? word : `https://${word}`);
  if (url === undefined) return reject(`'${word}' is not a web address Citescope can read.`);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return reject(`Only web links (http or https) can be read, not '${url.protocol}' ones.`);
  }
  const host = hostOf(url.hostname);
  const site = SITES.get(host);
  if (site === undefined) {
    return reject(
      `Citescope can't read links to ${host === '' ? word : host}: paste the paper's DOI, arXiv id or title instead.`,
    );
  }
  const path = percentDecode(url.pathname).replace(/^\/+/, '');
  // Segments are lower-cased for HTTPS://ARXIV.ORG/ABS/… : every scheme read from them is
  // case-insensitive. DOIs keep their case because they are read from `path`.
  const segments = path
    .toLowerCase()
    .split('/')
    .filter((segment) => segment !== '');
  return site(segments, path);
}

function toUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

// A stray `%` that starts no escape is kept as it is rather than failing the whole link.
function percentDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function unreadable(site: string, example: string): IdOutcome {
  return reject(
    `This ${site} link does not point to a paper Citescope can read (expected a link like ${example}).`,
  );
}
