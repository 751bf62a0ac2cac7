import { describe, expect, it } from 'vitest';
import {
  formatIdForUrl,
  InvalidIdentifierError,
  parsePaperInput,
  type IdScheme,
} from './identifier';

const HEX = '649def34f8be52c8b66281af98ae884c09aef38b';
const SICI = '10.1002/(SICI)1097-4636(199911)47:2<123::AID-JBM1>3.0.CO;2-T';

function thrown(input: string): unknown {
  try {
    parsePaperInput(input);
  } catch (error) {
    return error;
  }
  return undefined;
}

// [input, scheme, value, apiId]
const ids: readonly (readonly [string, IdScheme, string, string])[] = [
  [HEX, 'S2', HEX, HEX],
  [HEX.toUpperCase(), 'S2', HEX, HEX],
  [
    `https://www.semanticscholar.org/paper/Construction-of-the-Literature-Graph-Ammar/${HEX}`,
    'S2',
    HEX,
    HEX,
  ],
  [`https://www.semanticscholar.org/paper/${HEX}?utm_source=email#cited-papers`, 'S2', HEX, HEX],
  [`semanticscholar.org/paper/Some-Slug/${HEX.toUpperCase()}`, 'S2', HEX, HEX],
  [`https://www.semanticscholar.org/paper/Slug/${HEX}/figure/2`, 'S2', HEX, HEX],
  ['CorpusId:215416146', 'CorpusId', '215416146', 'CorpusId:215416146'],
  ['CorpusID:215416146', 'CorpusId', '215416146', 'CorpusId:215416146'],
  ['corpusid:215416146', 'CorpusId', '215416146', 'CorpusId:215416146'],
  ['Corpus ID: 215416146', 'CorpusId', '215416146', 'CorpusId:215416146'],
  [
    'https://api.semanticscholar.org/CorpusID:215416146',
    'CorpusId',
    '215416146',
    'CorpusId:215416146',
  ],
  ['api.semanticscholar.org/CorpusId:215416146?x=1', 'CorpusId', '215416146', 'CorpusId:215416146'],
  ['10.1093/mind/lix.236.433', 'DOI', '10.1093/mind/lix.236.433', 'DOI:10.1093/mind/lix.236.433'],
  [
    'doi:10.1093/mind/LIX.236.433',
    'DOI',
    '10.1093/mind/LIX.236.433',
    'DOI:10.1093/mind/LIX.236.433',
  ],
  [
    'DOI: 10.1093/mind/lix.236.433',
    'DOI',
    '10.1093/mind/lix.236.433',
    'DOI:10.1093/mind/lix.236.433',
  ],
  [
    'https://doi.org/10.1093/mind/lix.236.433',
    'DOI',
    '10.1093/mind/lix.236.433',
    'DOI:10.1093/mind/lix.236.433',
  ],
  [
    'http://dx.doi.org/10.1093/mind/lix.236.433',
    'DOI',
    '10.1093/mind/lix.236.433',
    'DOI:10.1093/mind/lix.236.433',
  ],
  ['doi.org/10.1000/xyz', 'DOI', '10.1000/xyz', 'DOI:10.1000/xyz'],
  ['https://doi.org/10.1000/xyz/', 'DOI', '10.1000/xyz', 'DOI:10.1000/xyz'],
  ['https://doi.org/10.1000%2Fxyz', 'DOI', '10.1000/xyz', 'DOI:10.1000/xyz'],
  ['10.1093/mind/lix.236.433.', 'DOI', '10.1093/mind/lix.236.433', 'DOI:10.1093/mind/lix.236.433'],
  ['(doi:10.1000/xyz),', 'DOI', '10.1000/xyz', 'DOI:10.1000/xyz'],
  ['“10.1000/xyz”', 'DOI', '10.1000/xyz', 'DOI:10.1000/xyz'],
  ['<https://doi.org/10.1000/xyz>', 'DOI', '10.1000/xyz', 'DOI:10.1000/xyz'],
  ['10.1000/abc(1)).', 'DOI', '10.1000/abc(1)', 'DOI:10.1000/abc(1)'],
  ['10.1000.10/123', 'DOI', '10.1000.10/123', 'DOI:10.1000.10/123'],
  [SICI, 'DOI', SICI, `DOI:${SICI}`],
  [`${SICI}.`, 'DOI', SICI, `DOI:${SICI}`],
  [`https://doi.org/${encodeURI(SICI)}`, 'DOI', SICI, `DOI:${SICI}`],
  // A line broken at the slash of a DOI comes back as a space when pasted.
  ['10.1038/ nature12373', 'DOI', '10.1038/nature12373', 'DOI:10.1038/nature12373'],
  ['10.1038 /nature12373', 'DOI', '10.1038/nature12373', 'DOI:10.1038/nature12373'],
  ['doi: 10.1038 / nature12373.', 'DOI', '10.1038/nature12373', 'DOI:10.1038/nature12373'],
  ['2502.12671', 'ARXIV', '2502.12671', 'ARXIV:2502.12671'],
  ['2502.12671v2', 'ARXIV', '2502.12671v2', 'ARXIV:2502.12671'],
  ['0704.0001', 'ARXIV', '0704.0001', 'ARXIV:0704.0001'],
  ['arXiv:2502.12671', 'ARXIV', '2502.12671', 'ARXIV:2502.12671'],
  ['arxiv:2502.12671V3', 'ARXIV', '2502.12671v3', 'ARXIV:2502.12671'],
  ['arXiv:1706.03762v7 [cs.CL] 2 Aug 2023', 'ARXIV', '1706.03762v7', 'ARXIV:1706.03762'],
  ['https://arxiv.org/abs/2502.12671', 'ARXIV', '2502.12671', 'ARXIV:2502.12671'],
  ['HTTPS://ARXIV.ORG/ABS/2502.12671', 'ARXIV', '2502.12671', 'ARXIV:2502.12671'],
  ['https://arxiv.org/pdf/2502.12671v2.pdf', 'ARXIV', '2502.12671v2', 'ARXIV:2502.12671'],
  ['arxiv.org/pdf/2502.12671v1', 'ARXIV', '2502.12671v1', 'ARXIV:2502.12671'],
  ['http://export.arxiv.org/abs/2502.12671/', 'ARXIV', '2502.12671', 'ARXIV:2502.12671'],
  ['www.arxiv.org/abs/2502.12671#S2', 'ARXIV', '2502.12671', 'ARXIV:2502.12671'],
  ['hep-th/9901001', 'ARXIV', 'hep-th/9901001', 'ARXIV:hep-th/9901001'],
  ['hep-th/9901001v2', 'ARXIV', 'hep-th/9901001v2', 'ARXIV:hep-th/9901001'],
  ['math.GT/0309136', 'ARXIV', 'math/0309136', 'ARXIV:math/0309136'],
  ['arXiv:math.GT/0309136v1', 'ARXIV', 'math/0309136v1', 'ARXIV:math/0309136'],
  ['https://arxiv.org/abs/hep-th/9901001v2', 'ARXIV', 'hep-th/9901001v2', 'ARXIV:hep-th/9901001'],
  [
    'https://arxiv.org/pdf/cond-mat.str-el/0601001v1.pdf',
    'ARXIV',
    'cond-mat/0601001v1',
    'ARXIV:cond-mat/0601001',
  ],
  ['PMID:19872477', 'PMID', '19872477', 'PMID:19872477'],
  ['pmid 19872477', 'PMID', '19872477', 'PMID:19872477'],
  ['PMID: 19872477.', 'PMID', '19872477', 'PMID:19872477'],
  ['PMID: 31452104 PMCID: PMC6710512', 'PMID', '31452104', 'PMID:31452104'],
  ['https://pubmed.ncbi.nlm.nih.gov/19872477/', 'PMID', '19872477', 'PMID:19872477'],
  ['ncbi.nlm.nih.gov/pubmed/19872477', 'PMID', '19872477', 'PMID:19872477'],
  [
    'https://www.ncbi.nlm.nih.gov/pubmed/19872477?dopt=Abstract',
    'PMID',
    '19872477',
    'PMID:19872477',
  ],
  ['PMC2323736', 'PMCID', 'PMC2323736', 'PMCID:2323736'],
  ['pmc2323736', 'PMCID', 'PMC2323736', 'PMCID:2323736'],
  ['PMCID:PMC2323736', 'PMCID', 'PMC2323736', 'PMCID:2323736'],
  ['PMCID: 2323736', 'PMCID', 'PMC2323736', 'PMCID:2323736'],
  ['PMC 2323736', 'PMCID', 'PMC2323736', 'PMCID:2323736'],
  ['https://www.ncbi.nlm.nih.gov/pmc/articles/PMC2323736/', 'PMCID', 'PMC2323736', 'PMCID:2323736'],
  ['https://pmc.ncbi.nlm.nih.gov/articles/PMC2323736/', 'PMCID', 'PMC2323736', 'PMCID:2323736'],
  ['P19-1001', 'ACL', 'P19-1001', 'ACL:P19-1001'],
  ['w04-1013', 'ACL', 'W04-1013', 'ACL:W04-1013'],
  ['ACL:P19-1001', 'ACL', 'P19-1001', 'ACL:P19-1001'],
  ['2020.acl-main.1', 'ACL', '2020.acl-main.1', 'ACL:2020.acl-main.1'],
  ['acl: 2020.ACL-Main.1', 'ACL', '2020.acl-main.1', 'ACL:2020.acl-main.1'],
  ['https://aclanthology.org/P19-1001/', 'ACL', 'P19-1001', 'ACL:P19-1001'],
  ['https://aclanthology.org/2020.acl-main.1.pdf', 'ACL', '2020.acl-main.1', 'ACL:2020.acl-main.1'],
  ['https://www.aclweb.org/anthology/P19-1001.pdf', 'ACL', 'P19-1001', 'ACL:P19-1001'],
  ['http://aclweb.org/anthology/P/P19/P19-1001.pdf', 'ACL', 'P19-1001', 'ACL:P19-1001'],
  ['MAG:112218234', 'MAG', '112218234', 'MAG:112218234'],
  ['mag: 112218234', 'MAG', '112218234', 'MAG:112218234'],
];

describe('parsePaperInput: identifiers', () => {
  it.each(ids)('%s → %s %s', (input, scheme, value, apiId) => {
    expect(parsePaperInput(input)).toEqual({ kind: 'id', scheme, value, apiId });
  });

  it('trims whitespace, zero-width spaces and surrounding quotes first', () => {
    expect(parsePaperInput(' \u200b\t"  arXiv:2502.12671 "\n')).toMatchObject({
      apiId: 'ARXIV:2502.12671',
    });
  });
});

describe('parsePaperInput: titles', () => {
  it.each([
    ['Attention is all you need', 'Attention is all you need'],
    ['attention is all you need 2017', 'attention is all you need 2017'],
    ['1984', '1984'],
    ['"Attention is all you need"', 'Attention is all you need'],
    ['  Deep   residual\nlearning ', 'Deep residual learning'],
    [
      'BERT: Pre-training of Deep Bidirectional Transformers',
      'BERT: Pre-training of Deep Bidirectional Transformers',
    ],
    ['MAG: multi-attention graph networks', 'MAG: multi-attention graph networks'],
    ['ACL anthology', 'ACL anthology'],
    ['pmid abc', 'pmid abc'],
    ['Node.js', 'Node.js'],
    ['(Un)supervised learning of (a) and (b)', '(Un)supervised learning of (a) and (b)'],
    ['"a" and "b"', '"a" and "b"'],
    ['see 10.1000/xyz in the appendix', 'see 10.1000/xyz in the appendix'],
  ])('%j is a title query', (input, query) => {
    expect(parsePaperInput(input)).toEqual({ kind: 'title', query });
  });
});

describe('parsePaperInput: errors', () => {
  it.each([
    // blank
    '',
    '   \n',
    '""',
    '<>',
    // links we cannot read
    'https://example.com/paper/123',
    'http://www.google.com',
    'www.example.org/papers/1',
    'example.org/papers/1',
    'ftp://arxiv.org/abs/2502.12671',
    'https://',
    'https://arxiv.org/list/cs.CL/recent',
    'https://arxiv.org/abs/2502.1',
    'https://www.semanticscholar.org/search?q=turing',
    'https://www.semanticscholar.org/paper/Only-A-Slug',
    'https://www.semanticscholar.org/author/2262347',
    'https://doi.org/',
    'https://doi.org/foo',
    'https://pubmed.ncbi.nlm.nih.gov/?term=turing',
    'https://www.ncbi.nlm.nih.gov/pmc/',
    'https://aclanthology.org/events/acl-2020/',
    // prefixed ids with malformed values
    'doi:foo',
    'doi:',
    'arXiv:12',
    'arXiv:2502.1',
    'PMID:abc',
    'CorpusId:x',
    'PMCID:abc',
    'MAG:',
    'ACL:nope',
    // bare shapes that are almost ids
    '2502.1234',
    '1412.12345',
    '2513.12345',
    'hep-th/9913001',
    '10.1000/',
    '10.12/xyz',
    '12345678',
  ])('%j is rejected', (input) => {
    const error = thrown(input);
    expect(error).toBeInstanceOf(InvalidIdentifierError);
    expect(error).toMatchObject({ code: 'invalid-identifier', input });
    expect((error as InvalidIdentifierError).reason).not.toBe('');
  });
});

describe('formatIdForUrl', () => {
  it.each([
    [HEX.toUpperCase(), HEX],
    ['https://doi.org/10.1000/xyz', '10.1000/xyz'],
    ['https://arxiv.org/pdf/2502.12671v2.pdf', 'arXiv:2502.12671'],
    ['math.GT/0309136v1', 'arXiv:math/0309136'],
    ['https://pmc.ncbi.nlm.nih.gov/articles/PMC2323736/', 'PMC2323736'],
    ['https://pubmed.ncbi.nlm.nih.gov/19872477/', 'PMID:19872477'],
    ['CorpusID:215416146', 'CorpusId:215416146'],
    ['P19-1001', 'ACL:P19-1001'],
    ['MAG:112218234', 'MAG:112218234'],
  ])('%s → %s', (input, formatted) => {
    const parsed = parsePaperInput(input);
    if (parsed.kind !== 'id') throw new Error(`expected an id for ${input}`);
    expect(formatIdForUrl(parsed)).toBe(formatted);
  });
});
