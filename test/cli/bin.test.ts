import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { SAMPLE } from '../helpers/grid';

// The installed command, as an officer runs it: `npx task-matrix …` runs bin/task-matrix.js on the build.
const ROOT = join(__dirname, '..', '..');

describe('the task-matrix executable', () => {
  it('runs through npx from the project and exits with the command’s code', () => {
    const ran = spawnSync('npx', ['--no-install', 'task-matrix', 'check', SAMPLE, '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    // The sample has error findings (a missing Căn cứ, a duplicate section number): exit 1.
    expect(ran.status).toBe(1);
    expect(JSON.parse(ran.stdout).summary.tasks).toBe(97);
    const failed = spawnSync('node', [join(ROOT, 'bin', 'task-matrix.js'), 'check', 'khong-co.xlsx'], {
      encoding: 'utf8',
    });
    expect(failed.status).toBe(2);
    expect(failed.stderr).toBe('Không tìm thấy tệp "khong-co.xlsx".\n');
  });
});
