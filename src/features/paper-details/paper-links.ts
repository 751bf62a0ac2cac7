import type { AnyPaper } from '../../domain/paper';
import { InvalidWebAddressError, parseHttpUrl } from '../../domain/web-address';

export interface ExternalLink {
  readonly label: string;
  readonly href: string;
}

/** Only http(s) links leave the app: a `javascript:` URL from the API must never be clickable. */
function webAddress(href: string | null): string | null {
  if (!href) return null;
  try {
    return parseHttpUrl(href).href;
  } catch (error) {
    if (error instanceof InvalidWebAddressError) return null;
    throw error;
  }
}

/**
 * An identifier as a URL path: each `/`-separated part percent-encoded, so `#`, `?`, `%` and
 * spaces stay inside the id. An id with a `.` or `..` part (which a URL would resolve away) is
 * encoded whole, slashes included; the resolvers read `%2F` as `/`.
 */
function idPath(id: string): string {
  const parts = id.split('/');
  return parts.some((part) => part === '.' || part === '..')
    ? encodeURIComponent(id)
    : parts.map(encodeURIComponent).join('/');
}

export function paperLinks(paper: AnyPaper): ExternalLink[] {
  const links: ExternalLink[] = [];
  const add = (label: string, href: string | null) => {
    const safe = webAddress(href);
    if (safe) links.push({ label, href: safe });
  };
  add(
    'Semantic Scholar',
    paper.url ??
      (paper.id ? `https://www.semanticscholar.org/paper/${encodeURIComponent(paper.id)}` : null),
  );
  const { doi, arxiv, pubmed } = paper.externalIds;
  if (doi) add('DOI', `https://doi.org/${idPath(doi)}`);
  if (arxiv) add('arXiv', `https://arxiv.org/abs/${idPath(arxiv)}`);
  if (pubmed) add('PubMed', `https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(pubmed)}/`);
  add('PDF (open access)', paper.openAccessPdfUrl);
  return links;
}
