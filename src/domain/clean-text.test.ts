import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text';

const REMOVED = [
  ...['\u202A', '\u202B', '\u202C', '\u202D', '\u202E'],
  ...['\u2066', '\u2067', '\u2068', '\u2069'],
  ...['\u200E', '\u200F', '\u061C'],
  ...['\u200B', '\u2060', '\uFEFF', '\u180E'],
];

describe('cleanText', () => {
  it('takes the override out of a spoofed file name', () => {
    // Shown as "Report annexe.pdf" by a browser, though it ends in ".exe".
    expect(cleanText('Report \u202Efdp.exe')).toBe('Report fdp.exe');
  });

  it.each(REMOVED.map((char) => [char.codePointAt(0)?.toString(16), char]))(
    'removes U+%s',
    (_, char) => {
      expect(cleanText(`a${char}b${char}`)).toBe('ab');
    },
  );

  it('keeps ZWNJ and ZWJ, which Persian, Indic scripts and emoji need', () => {
    const persian = 'می\u200Cخواهم';
    const family = '👩\u200D👩\u200D👧';
    const hindi = 'क्\u200Dष';
    expect(cleanText(persian)).toBe(persian);
    expect(cleanText(family)).toBe(family);
    expect(cleanText(hindi)).toBe(hindi);
  });

  it('leaves right-to-left text and ordinary text as they are', () => {
    expect(cleanText('שלום עולם')).toBe('שלום עולם');
    expect(cleanText('مرحبا بالعالم')).toBe('مرحبا بالعالم');
  });

  it('removes exactly the listed characters, wherever they are', () => {
    const piece = fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom(...REMOVED));
    fc.assert(
      fc.property(fc.array(piece), (pieces) => {
        const cleaned = cleanText(pieces.join(''));
        for (const char of REMOVED) expect(cleaned).not.toContain(char);
        expect(cleaned).toBe(
          Array.from(pieces.join(''))
            .filter((char) => !REMOVED.includes(char))
            .join(''),
        );
        expect(cleanText(cleaned)).toBe(cleaned);
      }),
    );
  });
});
