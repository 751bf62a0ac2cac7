import { describe, expect, it } from 'vitest';
import { splitName } from './author-names';

describe('author names', () => {
  it.each([
    ['Ashish Vaswani', { given: 'Ashish', family: 'Vaswani' }],
    ['J. R. R. Tolkien', { given: 'J. R. R.', family: 'Tolkien' }],
    [
      'Jean-Pierre de la Fontaine',
      { given: 'Jean-Pierre', 'non-dropping-particle': 'de la', family: 'Fontaine' },
    ],
    ['Oscar De La Hoya', { given: 'Oscar', family: 'De La Hoya' }],
    ['Martin Luther King Jr.', { given: 'Martin Luther', family: 'King', suffix: 'Jr.' }],
    ['Smith, John', { family: 'Smith', given: 'John' }],
    ['OpenAI', { literal: 'OpenAI' }],
    ['李飞飞', { literal: '李飞飞' }],
    ['  ', null],
  ])('%s', (name, expected) => {
    expect(splitName(name)).toEqual(expected);
  });
});
