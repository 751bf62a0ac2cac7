// Lint is part of `npm test`: type-aware rules everywhere, and the one-way layers of the
// architecture (domain → api, graph → queries → cytoscape, features → app), each with a message
// that names the right way.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

// The TypeScript form of the rule: it can let type-only imports through where values may not go.
const restrict = (patterns) => ({
  'no-restricted-imports': 'off',
  '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
});
const layer = (names, message) => ({ regex: `(^|/)(${names.join('|')})/`, message });

// Views read API data through src/queries hooks and branch on errors by their class in
// src/domain; only the composition root makes a client.
const apiTypesOnly = (message) => ({ regex: '(^|/)api/', allowTypeImports: true, message });
const otherFeatures = {
  regex: '(^\\.\\./[a-z-]+/|(^|/)features/)',
  message:
    'Features do not import each other: pass what is shared through props and compose the features in src/app, or move shared code down to src/ui, src/graph or src/domain.',
};

const noReact = {
  regex: '^(react|react-dom|@tanstack/.*)(/.*)?$',
  message:
    'This layer is framework-free: React and TanStack belong in src/queries, src/features and src/app.',
};
const noCytoscape = {
  regex: '^cytoscape(-[a-z]+)?$',
  message: 'Only src/cytoscape imports Cytoscape: use <GraphCanvas/> from src/cytoscape.',
};
const noMocks = {
  regex: '(^|/)mocks/',
  message: 'Application code reaches the API twin only through src/app/demo-mode.ts (lazily).',
};
const noHtmlFromData = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'Text from the API is rendered as text, never as HTML.',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-e2e',
      'dist-bench',
      'dist-lab',
      'dist-lab-e2e',
      'coverage',
      'public/mockServiceWorker.js',
      'node_modules',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
      'no-restricted-syntax': ['error', noHtmlFromData],
    },
  },
  {
    files: ['**/*.tsx', 'src/queries/**/*.ts', 'src/app/**/*.ts', 'src/features/**/*.ts'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
    },
  },
  {
    files: ['src/domain/**'],
    rules: restrict([
      noReact,
      noCytoscape,
      noMocks,
      layer(
        ['api', 'graph', 'queries', 'features', 'app', 'cytoscape', 'ui'],
        'src/domain depends on nothing.',
      ),
    ]),
  },
  {
    files: ['src/api/**'],
    rules: restrict([
      noReact,
      noCytoscape,
      noMocks,
      layer(
        ['graph', 'queries', 'features', 'app', 'cytoscape', 'ui'],
        'src/api knows only src/domain.',
      ),
    ]),
  },
  {
    files: ['src/graph/**'],
    rules: restrict([
      noReact,
      noCytoscape,
      noMocks,
      layer(
        ['api', 'queries', 'features', 'app', 'cytoscape', 'ui'],
        'src/graph is pure: it knows only src/domain.',
      ),
    ]),
  },
  {
    files: ['src/queries/**'],
    rules: restrict([
      noCytoscape,
      noMocks,
      layer(
        ['features', 'app', 'cytoscape', 'ui'],
        'src/queries sits below the UI: it knows api, graph and domain.',
      ),
    ]),
  },
  {
    files: ['src/cytoscape/**'],
    rules: restrict([
      noMocks,
      layer(
        ['api', 'queries', 'features', 'app'],
        'src/cytoscape draws a graph model; it does not fetch or compose.',
      ),
    ]),
  },
  {
    files: ['src/ui/**'],
    rules: restrict([
      noCytoscape,
      noMocks,
      layer(['features', 'app', 'cytoscape'], 'src/ui holds shared widgets only.'),
      layer(['queries'], 'src/ui holds shared widgets only: data comes in through props.'),
      apiTypesOnly(
        'src/ui may use src/api types only: branch on errors with the classes and codes of src/domain/errors.',
      ),
    ]),
  },
  {
    files: ['src/features/**'],
    rules: restrict([
      noCytoscape,
      noMocks,
      layer(['app'], 'Features do not import src/app: the app composes features.'),
      layer(['cytoscape'], 'Features do not draw the graph: src/app composes <GraphCanvas/>.'),
      otherFeatures,
      apiTypesOnly(
        'Features may use src/api types only: fetch through the hooks of src/queries, and branch on errors with the classes and codes of src/domain/errors.',
      ),
    ]),
  },
  {
    files: ['src/app/**'],
    ignores: ['src/app/demo-mode.ts', 'src/app/app.tsx', 'src/app/runtime-config.ts'],
    rules: restrict([
      noCytoscape,
      noMocks,
      apiTypesOnly(
        'Only the composition root (app.tsx, runtime-config.ts) makes a client or reads API settings; views fetch through src/queries.',
      ),
    ]),
  },
  {
    files: ['src/app/app.tsx', 'src/app/runtime-config.ts'],
    rules: restrict([noCytoscape, noMocks]),
  },
  {
    files: [
      '**/*.test.ts',
      '**/*.test.tsx',
      '**/*.test-kit.ts',
      '**/*.test-kit.tsx',
      'tests/**',
      'mocks/**',
      'scripts/**',
      '*.config.ts',
      '*.config.js',
    ],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': 'off',
      'no-console': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // This file itself is plain JavaScript: lint it without type information.
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  prettier,
);
