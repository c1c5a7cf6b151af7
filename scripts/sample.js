// `npm run sample`: checks the bundled sample appendix. The sample has real error findings (that is the point
// of the demonstration), so exit code 1 ("findings") counts as success here; 2 (unusable file) does not.
const { join } = require('node:path');
const { main } = require('../build/src/cli/main.js');

main([
  'check',
  join(__dirname, '..', 'test', 'fixtures', 'ke-hoach-58-2024-phu-luc.xlsx'),
  ...process.argv.slice(2),
]).then((code) => {
  process.exitCode = code === 1 ? 0 : code;
});
