import { describe, expect, it } from 'vitest';
import { keyForPathId, paperKeys } from './paper-ids';

const ID = 'ab'.repeat(20);

describe('keyForPathId', () => {
  it.each([
    [ID.toUpperCase(), ID],
    ['CorpusId:0042', 'corpusid:42'],
    ['corpusid:42', 'corpusid:42'],
    ['10.5555/A/B.c', 'doi:10.5555/a/b.c'],
    ['DOI:10.5555/A', 'doi:10.5555/a'],
    ['arXiv:2101.90001v3', 'arxiv:2101.90001'],
    ['PMID:123', 'pmid:123'],
    ['PMCID:PMC77', 'pmcid:77'],
    ['ACL:P19-1001', 'acl:p19-1001'],
    ['MAG:99', 'mag:99'],
    [`URL:https://www.semanticscholar.org/paper/${ID}`, ID],
    [`URL:https://www.semanticscholar.org/paper/Some-Title/${ID}`, ID],
    ['URL:https://arxiv.org/pdf/2101.90001v1.pdf', 'arxiv:2101.90001'],
    ['URL:https://aclanthology.org/P19-1001/', 'acl:p19-1001'],
    [
      'URL:https://www.biorxiv.org/content/10.1101/2020.01.01.123456v2',
      'doi:10.1101/2020.01.01.123456',
    ],
  ])('%s → %s', (raw, key) => {
    expect(keyForPathId(raw)).toBe(key);
  });

  it.each(['0', '', 'title words', 'PMID:abc', 'CorpusId:', 'URL:https://example.org/x', 'XYZ:1'])(
    'rejects %j',
    (raw) => {
      expect(keyForPathId(raw)).toBeNull();
    },
  );

  it('matches the keys a paper answers to', () => {
    const keys = paperKeys(ID, 7, { DOI: '10.5555/X', ArXiv: '2101.90001', PubMedCentral: 'PMC5' });
    for (const raw of [ID, 'CorpusID:7', 'doi:10.5555/x', 'ARXIV:2101.90001', 'PMCID:5']) {
      expect(keys).toContain(keyForPathId(raw));
    }
  });
});
