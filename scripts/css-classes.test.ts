// Styles sit beside their components in CSS modules, whose class names TypeScript does not check
// (`styles.nmae` is just undefined). This keeps them honest: every class a component asks its
// module for exists there, every class a module defines is used, and every shared class in
// src/app/app.css is still named in some component.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(suffix))
    .map((name) => join(dir, name));
}

/** The classes a stylesheet's selectors name (declarations and comments left out). */
function selectorClasses(css: string): Set<string> {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const selectors = [...withoutComments.matchAll(/([^{};]*)\{/g)].map((m) => m[1]);
  return new Set(
    selectors.flatMap((s) =>
      [...(s ?? '').matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1] ?? ''),
    ),
  );
}

interface ModuleUse {
  readonly module: string;
  readonly importer: string;
  readonly names: Set<string>;
  /** Read with a computed key (`styles[relation]`): every class may be in use. */
  readonly dynamic: boolean;
}

const components = filesUnder(SRC, '.tsx').filter((file) => !file.includes('.test'));

function moduleUses(): ModuleUse[] {
  return components.flatMap((importer) => {
    const source = readFileSync(importer, 'utf8');
    const code = source.replace(/^import .*$/gm, '');
    return [...source.matchAll(/^import (\w+) from '([^']+\.module\.css)';$/gm)].map((m) => {
      const [, binding = '', path = ''] = m;
      return {
        module: resolve(dirname(importer), path),
        importer,
        names: new Set(
          [...code.matchAll(new RegExp(`\\b${binding}\\.(\\w+)`, 'g'))].map((u) => u[1] ?? ''),
        ),
        dynamic: new RegExp(`\\b${binding}\\[`).test(code),
      };
    });
  });
}

const modules = filesUnder(SRC, '.module.css');
const uses = moduleUses();
const name = (file: string) => relative(SRC, file);

describe('CSS modules', () => {
  it('are all imported by some component', () => {
    const imported = new Set(uses.map((use) => use.module));
    expect(modules.filter((file) => !imported.has(file)).map(name)).toEqual([]);
  });

  it.each(modules.map((file) => [name(file), file]))(
    '%s has every class asked of it',
    (_, file) => {
      const defined = selectorClasses(readFileSync(file, 'utf8'));
      const missing = uses
        .filter((use) => use.module === file)
        .flatMap((use) =>
          [...use.names].filter((n) => !defined.has(n)).map((n) => `${name(use.importer)}: ${n}`),
        );
      expect(missing).toEqual([]);
    },
  );

  it.each(modules.map((file) => [name(file), file]))(
    '%s defines no class left unused',
    (_, file) => {
      const users = uses.filter((use) => use.module === file);
      if (users.some((use) => use.dynamic)) return;
      const used = new Set(users.flatMap((use) => [...use.names]));
      const defined = selectorClasses(readFileSync(file, 'utf8'));
      expect([...defined].filter((n) => !used.has(n))).toEqual([]);
    },
  );
});

describe('the shared stylesheet', () => {
  it('defines only classes some component names', () => {
    const sources = components.map((file) => readFileSync(file, 'utf8')).join('\n');
    // A shared class is named in a string: className="notice notice-error", classNames('muted', …).
    const named = new Set(
      [...sources.matchAll(/(['"`])([\w -]+)\1/g)].flatMap((m) => (m[2] ?? '').split(' ')),
    );
    const defined = selectorClasses(readFileSync(join(SRC, 'app/app.css'), 'utf8'));
    expect([...defined].filter((n) => !named.has(n))).toEqual([]);
  });
});

describe('selectorClasses', () => {
  it('reads classes from selectors only', () => {
    const css = `/* e.g. not.this */ @layer base { .a > b.c-d, .e:has(.f) { margin: 0.5rem; } }`;
    expect([...selectorClasses(css)]).toEqual(['a', 'c-d', 'e', 'f']);
  });
});
