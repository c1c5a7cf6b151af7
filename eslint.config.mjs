import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

/** Import patterns for whole layers: both the layer's index ('../excel') and its files ('../excel/x'). */
const layerImports = (...layers) => layers.flatMap((layer) => [`**/${layer}`, `**/${layer}/**`]);

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
      // Both forms: '**/excel/**' alone does not match an import of the layer's index ('../excel').
      group: layerImports('excel', 'xlsx', 'docx', 'cli', 'taskpane', 'workbench', 'commands'),
      message: 'src/domain may not import an adapter.',
    },
  ],
};

// The task pane reaches the workbook only through the WorkbookPort; the Office.js adapter is wired in once,
// in src/taskpane/index.tsx. ExcelJS is the CLI's reader and must never reach the task pane bundle.
const taskpaneBoundary = (allowExcelAdapter) => ({
  patterns: [
    { group: ['exceljs'], message: 'The task pane must not bundle ExcelJS (CLI only).' },
    {
      group: layerImports('xlsx', 'docx', 'cli'),
      message: 'The task pane does not use the CLI side.',
    },
    ...(allowExcelAdapter
      ? []
      : [
          {
            group: layerImports('excel'),
            message: 'Reach the workbook through the WorkbookPort (injected in index.tsx), not src/excel.',
          },
        ]),
  ],
});

const excelAdapterBoundary = {
  patterns: [
    { group: ['react', 'react-*', 'react/*', '@fluentui/*'], message: 'src/excel is an adapter: no UI.' },
    { group: ['exceljs'], message: 'src/excel is the Office.js adapter; ExcelJS is the xlsx adapter.' },
    {
      group: layerImports('taskpane', 'cli', 'xlsx', 'workbench', 'commands'),
      message: 'Adapters do not import the layers above them or each other.',
    },
  ],
};

// The ribbon's function commands: like the task pane's composition root, they wire the Office.js adapter to
// the domain's use cases, and use Excel only through it.
const commandsBoundary = {
  patterns: [
    { group: ['exceljs', 'react', 'react-*', '@fluentui/*'], message: 'Commands run without UI or ExcelJS.' },
    {
      group: layerImports('xlsx', 'cli', 'taskpane', 'workbench'),
      message: 'Commands use the domain and src/excel.',
    },
  ],
};

// The browser workbench hosts the task pane's components over the ExcelJS adapter. It never loads office.js,
// so it may not reach Office.js, through the adapter or the globals.
const workbenchBoundary = {
  patterns: [
    {
      group: [...layerImports('excel'), 'office-addin-*', '@microsoft/office-js'],
      message: 'The workbench runs without Office: use the xlsx WorkbookPort (src/xlsx).',
    },
    {
      group: layerImports('cli', 'commands'),
      message: 'The workbench uses the domain, src/xlsx and the task pane.',
    },
  ],
};

// Spreading an array into arguments puts every element on the stack: above ~125k elements (cells of a big
// sheet, rows of a big appendix) V8 throws RangeError. Issue 13: use minOf/maxOf/appendAll (src/domain/arrays.ts).
const unboundedSpread = [
  {
    selector: "CallExpression[callee.object.name='Math'] > SpreadElement",
    message:
      'Math.min/max(...array) overflows the stack on big arrays: use minOf/maxOf (src/domain/arrays.ts).',
  },
  {
    selector: 'CallExpression[callee.property.name=/^(push|unshift)$/] > SpreadElement',
    message:
      'push(...array) overflows the stack on big arrays: use appendAll (src/domain/arrays.ts) or a loop.',
  },
  {
    selector: "CallExpression[callee.property.name='fromCharCode'] > SpreadElement",
    message: 'String.fromCharCode(...array) overflows the stack on big arrays.',
  },
];

export default tseslint.config(
  { ignores: ['build/**', 'dist/**', 'coverage/**', 'node_modules/**', 'artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    // `const { findings, ...model } = appendix` drops a field on purpose.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }] },
  },
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
              group: layerImports('cli', 'taskpane', 'workbench', 'commands', 'excel', 'docx'),
              message: 'Adapters do not import the layers above them.',
            },
          ],
        },
      ],
    },
  },
  {
    // The Word adapter (a plan's .docx): JSZip and an XML parser over the domain, nothing above it.
    files: ['src/docx/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: layerImports('cli', 'taskpane', 'workbench', 'commands', 'excel', 'xlsx'),
              message: 'Adapters do not import the layers above them or each other.',
            },
            {
              group: ['exceljs', 'react', 'react-*', '@fluentui/*'],
              message: 'src/docx reads Word files only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/excel/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', excelAdapterBoundary] },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    ignores: ['src/taskpane/index.tsx'],
    rules: {
      'no-restricted-imports': ['error', taskpaneBoundary(false)],
      'no-restricted-globals': ['error', { name: 'Excel', message: 'Use the WorkbookPort.' }],
    },
  },
  {
    files: ['src/taskpane/index.tsx'],
    rules: {
      'no-restricted-imports': ['error', taskpaneBoundary(true)],
      'no-restricted-globals': ['error', { name: 'Excel', message: 'Use the WorkbookPort.' }],
    },
  },
  {
    files: ['src/commands/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', commandsBoundary],
      'no-restricted-globals': ['error', { name: 'Excel', message: 'Use the WorkbookPort (src/excel).' }],
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'test/taskpane/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['src/workbench/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'no-restricted-imports': ['error', workbenchBoundary],
      'no-restricted-globals': ['error', 'Office', 'Excel'],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'bin/**/*.js'],
    rules: { 'no-restricted-syntax': ['error', ...unboundedSpread] },
  },
  {
    // `import()` is not an import declaration, so no-restricted-imports does not see it. Only the composition
    // roots may load the ExcelJS renderer lazily (an export's bytes); nothing else reaches the xlsx side.
    files: ['src/domain/**/*.ts', 'src/excel/**/*.ts', 'src/taskpane/**/*.{ts,tsx}', 'src/commands/**/*.ts'],
    ignores: ['src/taskpane/index.tsx', 'src/commands/commands.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression[source.value=/(^|\\/)(xlsx|cli|workbench)(\\/|$)|^exceljs$/]',
          message:
            'Only the composition roots (taskpane/index.tsx, commands/commands.ts) may import() src/xlsx.',
        },
        ...unboundedSpread,
      ],
    },
  },
  prettier,
);
