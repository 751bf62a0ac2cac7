import type { AnyPaper } from '../../domain/paper';

export interface ExternalLink {
  readonly label: string;
  readonly href: string;
}

/** Only http(s) links leave the app: a `javascript:` URL from the API must never be clickable. */
function safeHref(href: string | null): string | null {
  if (!href) return null;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

export function paperLinks(paper: AnyPaper): ExternalLink[] {
  const links: ExternalLink[] = [];
  const add = (label: string, href: string | null) => {
    const safe = safeHref(href);
    if (safe) links.push({ label, href: safe });
  };
  add(
    'Semantic Scholar',
    paper.url ?? (paper.id ? `https://www.semanticscholar.org/paper/${paper.id}` : null),
  );
  const { doi, arxiv, pubmed } = paper.externalIds;
  if (doi) add('DOI', `https://doi.org/${doi}`);
  if (arxiv) add('arXiv', `https://arxiv.org/abs/${arxiv}`);
  if (pubmed) add('PubMed', `https://pubmed.ncbi.nlm.nih.gov/${pubmed}/`);
  add('PDF (open access)', paper.openAccessPdfUrl);
  return links;
}
