// Semantic Scholar gives an author as one `name`. Citation formats want family and given names
// apart; splitting is a guess, made here once and tested: the last word is the family name, with
// any particles before it ("van", "de la") and a generational suffix after it ("Jr.", "III").
// A single word (an organisation, a mononym, a name written without spaces) stays whole.

export interface CslName {
  readonly family?: string;
  readonly given?: string;
  readonly 'non-dropping-particle'?: string;
  readonly suffix?: string;
  /** A name that is not split. */
  readonly literal?: string;
}

/** Collapses runs of white space (text from the API carries line breaks and tabs). */
export function clean(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

const SUFFIX = /^(?:jr|sr|ii|iii|iv|v)\.?$/i;
const PARTICLES = new Set(
  'van von der den de del della di da du dos das do la le ter ten bin ibn al el zu'.split(' '),
);

export function splitName(name: string): CslName | null {
  const text = clean(name);
  if (!text) return null;
  const comma = text.split(',').map((part) => part.trim());
  if (comma.length === 2 && comma[0] && comma[1]) return { family: comma[0], given: comma[1] };
  const words = text.split(' ');
  if (words.length === 1 || comma.length > 1) return { literal: text };
  const suffix = words.length > 2 && SUFFIX.test(words.at(-1) ?? '') ? words.pop() : undefined;
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]?.toLowerCase() ?? '')) start -= 1;
  const given = words.slice(0, start).join(' ');
  const particles = words.slice(start, -1);
  const family = words.at(-1) ?? '';
  // "van Gogh" keeps a lower-case particle apart; "De La Hoya" is the family name as written.
  const lower = particles.length > 0 && particles.every((word) => word === word.toLowerCase());
  return {
    given,
    ...(lower
      ? { 'non-dropping-particle': particles.join(' '), family }
      : { family: [...particles, family].join(' ') }),
    ...(suffix ? { suffix } : {}),
  };
}
