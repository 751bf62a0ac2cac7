import { describe, expect, it } from 'vitest';
import { paperIdPath } from './paths';

describe('paperIdPath', () => {
  it('keeps the slashes of a DOI', () => {
    expect(paperIdPath('10.1093/mind/lix.236.433')).toBe('10.1093/mind/lix.236.433');
    expect(paperIdPath('DOI:10.1093/mind/lix.236.433')).toBe('DOI:10.1093/mind/lix.236.433');
  });

  it('keeps prefixes and URL ids readable', () => {
    expect(paperIdPath('CorpusId:14636783')).toBe('CorpusId:14636783');
    expect(paperIdPath('URL:https://arxiv.org/abs/2106.15928v1')).toBe(
      'URL:https://arxiv.org/abs/2106.15928v1',
    );
  });

  it('encodes characters that would end or change the path', () => {
    expect(paperIdPath('10.1002/(SICI)1097-4571#x?y z%')).toBe(
      '10.1002/(SICI)1097-4571%23x%3Fy%20z%25',
    );
  });

  it('refuses empty ids and dot segments', () => {
    expect(() => paperIdPath(' ')).toThrow(RangeError);
    expect(() => paperIdPath('10.1000/../../author/1')).toThrow(RangeError);
  });
});
