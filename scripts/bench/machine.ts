// What the figures were measured on: they only mean something next to the machine.
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import type { Browser } from 'playwright-core';

export interface Machine {
  readonly cpus: number;
  readonly cpuModel: string;
  readonly memoryGB: number;
  readonly os: string;
  readonly browser: string;
  readonly node: string;
  /** The 1-minute load average when the runs started and when they ended. */
  readonly loadAverage: readonly [number, number];
}

export function describeMachine(browser: Browser, loadAtStart: number): Machine {
  const cores = cpus();
  return {
    cpus: cores.length,
    cpuModel: (cores[0]?.model ?? 'unknown CPU').replace(/\s+/g, ' ').trim(),
    memoryGB: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release().split('-')[0] ?? ''}`,
    browser: `Chromium ${browser.version()}`,
    node: process.versions.node,
    loadAverage: [loadAtStart, loadavg()[0] ?? Number.NaN],
  };
}
