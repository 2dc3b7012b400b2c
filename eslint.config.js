import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import boundaries from STYLE.md: arrows point one way, and only the adapter touches vis-timeline. */
const noReact = [
  {
    group: ['react', 'react-dom', 'react-dom/*', '@tanstack/*'],
    message: 'Build-time code never imports React.',
  },
];
const noBrowserCode = [
  { group: ['**/app/**', '**/features/**', '**/ui/**'], message: 'The pipeline never imports browser code.' },
];
const noPipeline = [
  {
    group: ['**/pipeline/**', '**/vite/**', 'node:*'],
    message: 'Browser code never imports build-time code.',
  },
];
const onlyAdapterUsesVis = [
  {
    group: ['vis-timeline', 'vis-timeline/*', 'vis-data', 'vis-data/*'],
    message: 'Only the timeline adapter imports vis-timeline.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.node } },
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Data goes in as text.' },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Data goes in as text.',
        },
        { selector: 'ExportAllDeclaration', message: 'No barrel files: import from the module itself.' },
      ],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/features/**/*.{ts,tsx}', 'src/ui/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', { patterns: [...noPipeline, ...onlyAdapterUsesVis] }] },
  },
  {
    files: ['src/features/timeline/TimelineAdapter.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: noPipeline }] },
  },
  {
    files: ['src/pipeline/**/*.ts', 'src/vite/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...noReact, ...noBrowserCode] }] },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...noReact, ...noBrowserCode, ...noPipeline] }],
    },
  },
);
