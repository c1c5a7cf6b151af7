import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

// The pure core may not reach the edges: a wrong import arrow fails lint instead of a review (STYLE.md).
const domainBoundary = {
  patterns: [
    { group: ['react', 'react-*', '@fluentui/*'], message: 'src/domain is pure: no UI libraries.' },
    {
      group: ['exceljs', 'office-addin-*', '@microsoft/office-js'],
      message: 'src/domain is pure: no workbook libraries.',
    },
    { group: ['fs', 'node:*', 'path', 'os', 'child_process'], message: 'src/domain is pure: no I/O.' },
    {
      group: [
        '**/excel/**',
        '**/xlsx/**',
        '**/cli/**',
        '**/taskpane/**',
        '**/workbench/**',
        '**/commands/**',
      ],
      message: 'src/domain may not import an adapter.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['build/**', 'dist/**', 'coverage/**', 'node_modules/**', 'artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', domainBoundary],
      'no-restricted-globals': ['error', 'document', 'window', 'Office', 'Excel'],
    },
  },
  {
    files: ['src/xlsx/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/cli/**', '**/taskpane/**', '**/workbench/**', '**/commands/**', '**/excel/**'],
              message: 'Adapters do not import the layers above them.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
