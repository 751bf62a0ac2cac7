// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTINGS_KEY } from '../features/settings/settings-storage';
import { readRuntimeConfig } from './runtime-config';

const OWN = window.location.origin;

beforeEach(() => {
  window.localStorage.setItem(SETTINGS_KEY, JSON.stringify({ apiKey: 'kept-in-this-browser' }));
});
afterEach(() => {
  vi.unstubAllEnvs();
  window.localStorage.clear();
});

describe('the runtime configuration', () => {
  it('uses the build’s API and the stored key in an ordinary build', () => {
    vi.stubEnv('VITE_LAB', '');
    const config = readRuntimeConfig();
    expect(config.lab).toBe(false);
    expect(config.baseUrl).toBe('https://api.semanticscholar.org/graph/v1');
    expect(config.apiKey).toBe('kept-in-this-browser');
  });

  it('behind a lab’s proxy, talks to its own origin only, with no key and no pace of its own', () => {
    vi.stubEnv('VITE_LAB', 'true');
    const config = readRuntimeConfig();
    expect(config.lab).toBe(true);
    expect(config.baseUrl).toBe(`${OWN}/graph/v1`);
    expect(config.allowedOrigins).toEqual([OWN]);
    expect(config.apiKey).toBeNull();
    expect(config.paceMs).toBe(0);
  });
});
