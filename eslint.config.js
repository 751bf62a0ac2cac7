// Lint is part of `npm test`. Type-aware rules everywhere, and the layer boundaries of
// docs/architecture (domain → api / graph → queries → cytoscape / features → app).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

const noReact = [
  {
    group: ['react', 'react-dom', 'react-dom/*', '@tanstack/*'],
    message:
      'This layer is framework-free: keep React and TanStack in src/queries, src/features or src/app.',
  },
];
const noCytoscape = [
  {
    group: ['cytoscape', 'cytoscape-*'],
    message: 'Only src/cytoscape imports Cytoscape: use <GraphCanvas/> from src/cytoscape.',
  },
];
const noMocks = [
  {
    group: ['**/mocks/**', '../../mocks/*', '../mocks/*'],
    message: 'Application code must not import the API twin except through src/app/demo-mode.ts.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'public/mockServiceWorker.js', 'node_modules'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
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
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    files: ['**/*.tsx', 'src/queries/**/*.ts', 'src/app/**/*.ts', 'src/features/**/*.ts'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
      'react/no-danger': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Text from the API is rendered as text, never as HTML.',
        },
      ],
    },
  },
  {
    files: ['src/domain/**'],
    rules: restrict([
      ...noReact,
      ...noCytoscape,
      ...noMocks,
      {
        group: [
          '**/api/*',
          '**/graph/*',
          '**/queries/*',
          '**/features/**',
          '**/app/*',
          '**/cytoscape/*',
        ],
        message: 'src/domain depends on nothing.',
      },
    ]),
  },
  {
    files: ['src/api/**'],
    rules: restrict([
      ...noReact,
      ...noCytoscape,
      ...noMocks,
      {
        group: ['**/graph/*', '**/queries/*', '**/features/**', '**/app/*', '**/cytoscape/*'],
        message: 'src/api knows only src/domain.',
      },
    ]),
  },
  {
    files: ['src/graph/**'],
    rules: restrict([
      ...noReact,
      ...noCytoscape,
      ...noMocks,
      {
        group: ['**/api/*', '**/queries/*', '**/features/**', '**/app/*', '**/cytoscape/*'],
        message: 'src/graph is pure: it knows only src/domain.',
      },
    ]),
  },
  {
    files: ['src/queries/**'],
    rules: restrict([
      ...noCytoscape,
      ...noMocks,
      {
        group: ['**/features/**', '**/app/*', '**/cytoscape/*'],
        message: 'src/queries sits below features and app.',
      },
    ]),
  },
  {
    files: ['src/cytoscape/**'],
    rules: restrict([
      ...noMocks,
      {
        group: ['**/api/*', '**/queries/*', '**/features/**', '**/app/*'],
        message: 'src/cytoscape draws a graph model; it does not fetch.',
      },
    ]),
  },
  {
    files: ['src/features/**'],
    rules: restrict([
      ...noCytoscape,
      ...noMocks,
      {
        group: ['**/app/*'],
        message: 'Features do not import src/app: the app composes features.',
      },
      {
        group: ['../*/**', '!../shared/**'],
        message: 'Features do not import each other: compose them in src/app.',
      },
    ]),
  },
  {
    files: ['src/app/**'],
    ignores: ['src/app/demo-mode.ts'],
    rules: restrict([...noCytoscape, ...noMocks]),
  },
  {
    files: [
      '**/*.test.ts',
      '**/*.test.tsx',
      'tests/**',
      'mocks/**',
      'scripts/**',
      '*.config.ts',
      '*.config.js',
    ],
    rules: {
      'no-restricted-imports': 'off',
      'no-console': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  prettier,
);
