// Two projects (STYLE.md): node for the core, the adapters and the build scripts; jsdom for the task pane UI.
// .ts is parsed without JSX so `<T>value` assertions and generic arrows keep their TypeScript meaning.
const swc = (tsx) => [
  '@swc/jest',
  { jsc: { parser: { syntax: 'typescript', tsx }, transform: { react: { runtime: 'automatic' } } } },
];
const transform = { '^.+\\.ts$': swc(false), '^.+\\.tsx$': swc(true) };

/** @type {import('jest').Config} */
module.exports = {
  // CI runs on a busy 2-core machine: a test that takes 1 s alone can take 10 s there. Speed is checked by
  // `npm run bench`, never by a test's clock (issue 13).
  testTimeout: 60_000,
  reporters: ['default', '<rootDir>/scripts/jestSummaryReporter.js'],
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/taskpane/'],
      transform,
      // office-addin-mock imports only the OfficeApp enum from office-addin-manifest, whose dependency chain
      // ends in an ES-module-only package jest's CommonJS loader cannot load (see the stub).
      moduleNameMapper: { '^office-addin-manifest$': '<rootDir>/test/stubs/office-addin-manifest.js' },
    },
    {
      displayName: 'ui',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/test/taskpane'],
      testMatch: ['**/*.test.{ts,tsx}'],
      setupFiles: ['<rootDir>/test/taskpane/jsdomSetup.ts'],
      transform,
    },
  ],
};
