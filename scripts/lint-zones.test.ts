// The layer rules in eslint.config.js, checked on small sources placed in each layer: every
// boundary refuses what crosses it the wrong way and lets the right way through.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;

beforeAll(async () => {
  // Type information is not needed for import rules, and the sources here exist only in memory.
  eslint = new ESLint({
    cwd: process.cwd(),
    overrideConfig: [
      { ...tseslint.configs.disableTypeChecked, files: ['**/*.ts', '**/*.tsx'] },
      { languageOptions: { parserOptions: { projectService: false, project: null } } },
    ],
  });
  // Loading the configuration and its plugins is the slow part: do it once, here.
  await eslint.lintText('export {};\n', { filePath: 'src/domain/warm-up.ts' });
}, 60_000);

async function restrictedImports(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = [x];\n`, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message);
}

const refused: [string, string, RegExp][] = [
  ['src/domain/x.ts', "import { x } from '../api/client';", /depends on nothing/],
  ['src/api/x.ts', "import { x } from '../graph/filters';", /knows only src\/domain/],
  ['src/api/x.ts', "import { x } from 'react';", /framework-free/],
  ['src/graph/x.ts', "import { x } from 'cytoscape';", /Only src\/cytoscape/],
  ['src/graph/x.ts', "import { x } from '../api/client';", /pure/],
  ['src/queries/x.ts', "import { x } from '../features/search/search-box';", /below the UI/],
  ['src/cytoscape/x.ts', "import { x } from '../queries/paper-queries';", /does not fetch/],
  ['src/ui/x.ts', "import { x } from '../api/errors';", /src\/api types only/],
  ['src/ui/x.ts', "import { x } from '../queries/paper-queries';", /through props/],
  ['src/features/a/x.ts', "import { x } from '../b/y';", /do not import each other/],
  ['src/features/a/x.ts', "import { x } from '../../features/b/y';", /do not import each other/],
  ['src/features/a/x.ts', "import { x } from '../../app/app';", /the app composes/],
  ['src/features/a/x.ts', "import { x } from '../../cytoscape/legend';", /GraphCanvas/],
  ['src/features/a/x.ts', "import { x } from '../../api/client';", /src\/queries/],
  ['src/features/a/x.ts', "import { x } from '../../../mocks/sample';", /demo-mode/],
  ['src/app/x.ts', "import { x } from '../api/client';", /composition root/],
  ['src/app/x.ts', "import { x } from 'cytoscape';", /Only src\/cytoscape/],
];

const allowed: [string, string][] = [
  ['src/features/a/x.ts', "import type { x } from '../../api/types';"],
  ['src/features/a/x.ts', "import { x } from '../../queries/paper-queries';"],
  ['src/features/a/x.ts', "import { x } from './y';"],
  ['src/features/a/x.ts', "import { x } from '../../ui/error-notice';"],
  ['src/ui/x.ts', "import { x } from '../domain/errors';"],
  ['src/app/app.tsx', "import { x } from '../api/client';"],
  ['src/app/x.ts', "import { x } from '../features/search/search-box';"],
  ['src/app/demo-mode.ts', "import { x } from '../../mocks/sample';"],
  ['src/cytoscape/x.ts', "import { x } from 'cytoscape';"],
];

describe('the layer rules', () => {
  it.each(refused)('refuses in %s: %s', async (file, source, message) => {
    const messages = await restrictedImports(file, source);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(message);
  });

  it.each(allowed)('allows in %s: %s', async (file, source) => {
    expect(await restrictedImports(file, source)).toEqual([]);
  });
});
