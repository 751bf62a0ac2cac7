// Generators of every identifier form the parser reads, shared by the identifier property tests.
import fc from 'fast-check';
import { parsePaperInput, type PaperInput } from '../domain/identifier';

export const chars = (text: string) => fc.constantFrom(...text.split(''));
export const digits = (length: number) =>
  fc.string({ unit: chars('0123456789'), minLength: length, maxLength: length });
export const pad = (n: number, width: number) => String(n).padStart(width, '0');
export const version = fc.option(
  fc.integer({ min: 1, max: 30 }).map((v) => `v${v}`),
  { nil: '' },
);
export const alnum = chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');

export const hex40 = fc.string({
  unit: chars('0123456789abcdefABCDEF'),
  minLength: 40,
  maxLength: 40,
});

// Suffixes start and end with a letter or digit, so no trailing-punctuation rule may touch them;
// "." and ".." path segments are left out because URLs resolve them away.
export const doi = fc
  .tuple(
    fc.integer({ min: 1000, max: 999_999_999 }),
    alnum,
    fc.string({ unit: chars('abcXYZ0189-._;()/:<>'), maxLength: 24 }),
    alnum,
  )
  .map(([registrant, first, middle, last]) => `10.${registrant}/${first}${middle}${last}`)
  .filter((value) => !/\/\.\.?(?:\/|$)/.test(value));

export const newArxiv = fc
  .oneof(
    fc.tuple(fc.integer({ min: 15, max: 99 }), fc.integer({ min: 1, max: 12 }), digits(5)),
    fc
      .tuple(fc.integer({ min: 7, max: 14 }), fc.integer({ min: 1, max: 12 }), digits(4))
      .filter(([yy, mm]) => yy * 100 + mm >= 704),
  )
  .map(([yy, mm, number]) => `${pad(yy, 2)}${pad(mm, 2)}.${number}`);

export const oldArxiv = fc
  .tuple(
    fc.constantFrom('hep-th', 'math', 'cond-mat', 'astro-ph', 'cs', 'q-bio'),
    fc.constantFrom('', '.GT', '.AI', '.str-el'),
    fc.constantFrom(91, 95, 99, 0, 3, 7),
    fc.integer({ min: 1, max: 12 }),
    digits(3),
    version,
  )
  .map(
    ([archive, subject, yy, mm, n, v]) => `${archive}${subject}/${pad(yy, 2)}${pad(mm, 2)}${n}${v}`,
  );

export const pmid = fc.integer({ min: 1, max: 99_999_999 }).map(String);

export const aclId = fc.oneof(
  fc.tuple(chars('ACDEHJNPQSTW'), digits(2), digits(4)).map(([l, y, n]) => `${l}${y}-${n}`),
  fc
    .tuple(
      fc.integer({ min: 2020, max: 2030 }),
      fc.constantFrom('acl-main', 'emnlp-main', 'findings-acl', 'lrec-1'),
      fc.nat(999),
    )
    .map(([year, volume, n]) => `${year}.${volume}.${n}`),
);

export const surround = <T extends string>(
  id: fc.Arbitrary<T>,
  forms: readonly ((id: T) => string)[],
) =>
  fc.tuple(id, fc.constantFrom(...forms)).map(([value, form]) => ({ value, input: form(value) }));
export const space = fc.constantFrom('', ' ', '\n', '\t ', '\u00a0');

export function expectId(input: string): Extract<PaperInput, { kind: 'id' }> {
  const parsed = parsePaperInput(input);
  if (parsed.kind !== 'id') throw new Error(`expected an id for ${JSON.stringify(input)}`);
  return parsed;
}
