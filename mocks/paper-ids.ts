// Every id form the API accepts in a path, reduced to one lookup key per form. Documented forms:
// a 40-hex paperId; CorpusId:<n> (any case, recorded as both CorpusId and CorpusID); DOI:<doi> or
// a bare DOI (recorded), case-insensitive; ARXIV:<id>; MAG:<n>;
// ACL:<id>; PMID:<n>; PMCID:<id>; URL:<url> for semanticscholar.org, arxiv.org, aclweb.org /
// aclanthology.org, acm.org and biorxiv.org pages.
import type { WireExternalIds } from './wire-types';

const PAPER_ID = /^[0-9a-f]{40}$/i;
const ARXIV_VERSION = /v\d+$/i;

const stripPmc = (value: string): string => value.replace(/^pmc/i, '');

/** The lookup keys a paper answers to, one per id it has. */
export function paperKeys(
  paperId: string,
  corpusId: number,
  ids: WireExternalIds | null,
): string[] {
  const keys = [paperId.toLowerCase(), `corpusid:${corpusId}`];
  if (ids?.DOI) keys.push(`doi:${ids.DOI.toLowerCase()}`);
  if (ids?.ArXiv) keys.push(`arxiv:${ids.ArXiv.toLowerCase()}`);
  if (ids?.MAG) keys.push(`mag:${ids.MAG}`);
  if (ids?.ACL) keys.push(`acl:${ids.ACL.toLowerCase()}`);
  if (ids?.PubMed) keys.push(`pmid:${ids.PubMed}`);
  if (ids?.PubMedCentral) keys.push(`pmcid:${stripPmc(ids.PubMedCentral).toLowerCase()}`);
  return keys;
}

function keyForUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  const host = url.hostname.replace(/^www\./, '');
  const path = url.pathname.replace(/\/+$/, '');
  if (host === 'semanticscholar.org') {
    const last = path.split('/').pop() ?? '';
    return PAPER_ID.test(last) ? last.toLowerCase() : null;
  }
  if (host === 'arxiv.org') {
    const match = /^\/(?:abs|pdf)\/(.+?)(?:\.pdf)?$/.exec(path);
    return match?.[1] ? `arxiv:${match[1].replace(ARXIV_VERSION, '').toLowerCase()}` : null;
  }
  if (host === 'aclweb.org' || host === 'aclanthology.org') {
    const last = (path.split('/').pop() ?? '').replace(/\.pdf$/, '');
    return last ? `acl:${last.toLowerCase()}` : null;
  }
  if (host === 'dl.acm.org' || host === 'acm.org') {
    const match = /\/doi\/(?:abs\/|pdf\/|full\/)?(10\..+)$/.exec(path);
    return match?.[1] ? `doi:${match[1].toLowerCase()}` : null;
  }
  if (host === 'biorxiv.org') {
    const match = /\/content\/(10\.\d+\/[^/]+?)(?:v\d+)?(?:\.full(?:\.pdf)?)?$/.exec(path);
    return match?.[1] ? `doi:${match[1].toLowerCase()}` : null;
  }
  return null;
}

/**
 * The lookup key for an id as it appears in a request path (already percent-decoded), or null
 * when the form is not one the API accepts.
 */
export function keyForPathId(raw: string): string | null {
  const id = raw.trim();
  if (PAPER_ID.test(id)) return id.toLowerCase();
  if (/^10\.\d{4,9}\/\S+$/.test(id)) return `doi:${id.toLowerCase()}`;
  const colon = id.indexOf(':');
  if (colon <= 0) return null;
  const prefix = id.slice(0, colon).toLowerCase();
  const value = id.slice(colon + 1).trim();
  if (value === '') return null;
  switch (prefix) {
    case 'corpusid':
      return /^\d+$/.test(value) ? `corpusid:${Number(value)}` : null;
    case 'doi':
      return `doi:${value.toLowerCase()}`;
    case 'arxiv':
      return `arxiv:${value.replace(ARXIV_VERSION, '').toLowerCase()}`;
    case 'mag':
    case 'pmid':
      return /^\d+$/.test(value) ? `${prefix}:${value}` : null;
    case 'acl':
      return `acl:${value.toLowerCase()}`;
    case 'pmcid':
      return `pmcid:${stripPmc(value).toLowerCase()}`;
    case 'url':
      return keyForUrl(value);
    default:
      return null;
  }
}
