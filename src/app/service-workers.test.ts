import { describe, expect, it } from 'vitest';
import { isTwinScript, placeFor, strayTwins, twinScope, type Site } from './service-workers';

const live: Site = { base: '/', demoBuild: false };
const sampleOnly: Site = { base: '/', demoBuild: true };
const where = (pathname: string, search = '', hash = '') => ({ pathname, search, hash });

describe('twinScope', () => {
  it('is demo/ below the base, or the whole site in a build that is only the sample', () => {
    expect(twinScope(live)).toBe('/demo/');
    expect(twinScope({ base: '/citescope/', demoBuild: false })).toBe('/citescope/demo/');
    expect(twinScope(sampleOnly)).toBe('/');
  });
});

describe('placeFor', () => {
  it('sends the sample to its own place, keeping the view', () => {
    expect(placeFor(where('/', '?demo=1&paper=abc', '#x'), true, live)).toBe(
      '/demo/?demo=1&paper=abc#x',
    );
  });

  it('starts the sample and the live app where they belong', () => {
    expect(placeFor(where('/demo/', '?demo=1'), true, live)).toBeNull();
    expect(placeFor(where('/', '?paper=abc'), false, live)).toBeNull();
  });

  it('treats an address in the sample’s place as the sample', () => {
    expect(placeFor(where('/demo/', '?paper=abc'), false, live)).toBe('/demo/?paper=abc&demo=1');
    expect(placeFor(where('/demo/'), false, live)).toBe('/demo/?demo=1');
  });

  it('moves nothing in a build that is only the sample', () => {
    expect(placeFor(where('/', '?demo=1'), true, sampleOnly)).toBeNull();
  });
});

describe('strayTwins', () => {
  const registration = (scope: string, script: string) =>
    ({ scope, active: { scriptURL: script } }) as unknown as ServiceWorkerRegistration;
  const site = 'https://citescope.example';

  it('picks twins registered for any scope but the one kept, and nothing else', () => {
    const root = registration(`${site}/`, `${site}/mockServiceWorker.js`);
    const demo = registration(`${site}/demo/`, `${site}/mockServiceWorker.js`);
    const shell = registration(`${site}/`, `${site}/sw.js`);
    expect(strayTwins([root, demo, shell], `${site}/demo/`)).toEqual([root]);
  });

  it('recognises the twin by its script', () => {
    expect(isTwinScript('https://citescope.example/mockServiceWorker.js')).toBe(true);
    expect(isTwinScript('https://citescope.example/sw.js')).toBe(false);
  });
});
