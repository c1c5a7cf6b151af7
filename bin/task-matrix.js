#!/usr/bin/env node
// Thin launcher: the TypeScript sources are compiled to build/ by `npm install` (the "prepare" script).
'use strict';
const { main } = require('../build/src/cli/main.js');
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
