// Contract: real responses recorded from the Semantic Scholar API (kept outside this repository,
// in ../shared/s2/recorded, see its PROVENANCE.md) parse with our schemas and map to domain
// types. When they are absent the suite is skipped, visibly.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mapAnyPaper, mapLinkPage, mapPaper } from './map-paper';
import {
  citationPageSchema,
  paperSchema,
  referencePageSchema,
  resolvedPaperSchema,
} from './schemas';

const RECORDED = fileURLToPath(new URL('../../../shared/s2/recorded/', import.meta.url));
const present = existsSync(RECORDED);

const recorded = (name: string): unknown => JSON.parse(readFileSync(`${RECORDED}${name}`, 'utf8'));

describe.skipIf(!present)(
  `recorded responses${present ? '' : ' (absent: ../shared/s2/recorded not found, skipped)'}`,
  () => {
    it('a full paper with every field parses and maps', () => {
      const paper = mapPaper(resolvedPaperSchema.parse(recorded('Paper.json')));
      expect(paper.id).toMatch(/^[0-9a-f]{40}$/);
      expect(paper.title).toEqual(expect.any(String));
      expect(paper.externalIds.doi).toEqual(expect.any(String));
      expect(paper.authors.length).toBeGreaterThan(0);
    });

    it('a paper whose authors, citations and references are null parses and maps', () => {
      const paper = mapAnyPaper(paperSchema.parse(recorded('PaperWithNullValues.json')));
      expect(paper.authors).toEqual([]);
    });

    it('a citation entry parses with its contexts, intents and citing paper', () => {
      const page = mapLinkPage(
        citationPageSchema.parse({ offset: 0, data: [recorded('Citation.json')] }),
      );
      expect(page.links[0]?.paper.id).toMatch(/^[0-9a-f]{40}$/);
      expect(page.links[0]?.intents.length).toBeGreaterThan(0);
    });

    it('a reference entry parses with its cited paper', () => {
      const page = mapLinkPage(
        referencePageSchema.parse({ offset: 0, data: [recorded('Reference.json')] }),
      );
      expect(page.links[0]?.paper.id).toMatch(/^[0-9a-f]{40}$/);
    });
  },
);
