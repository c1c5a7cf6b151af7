import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { SAMPLE } from '../helpers/grid';

// The installed command, as an officer runs it: `npx task-matrix …` runs bin/task-matrix.js on the build.
const ROOT = join(__dirname, '..', '..');

describe('the task-matrix executable', () => {
  it('runs through npx from the project and exits with the command’s code', () => {
    const out = execFileSync('npx', ['--no-install', 'task-matrix', 'check', SAMPLE, '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(JSON.parse(out).summary.tasks).toBe(97);
    const failed = spawnSync('node', [join(ROOT, 'bin', 'task-matrix.js'), 'check', 'khong-co.xlsx'], {
      encoding: 'utf8',
    });
    expect(failed.status).toBe(2);
    expect(failed.stderr).toBe('Không tìm thấy tệp "khong-co.xlsx".\n');
  });
});
