import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BAD_FILES } from '../helpers/badWorkbooks';

// The installed command on every hostile or broken file: an exit the README documents, one clear line on
// stderr for an unusable file, never a stack trace, never exit 3 (a bug), never a hang.
const CLI = join(__dirname, '..', '..', 'bin', 'task-matrix.js');
const folder = mkdtempSync(join(tmpdir(), 'task-matrix-bad-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('task-matrix check on hostile and broken files', () => {
  it.each(BAD_FILES.map((file) => [file.what, file] as const))('%s', async (_what, file) => {
    const path = join(folder, file.name);
    writeFileSync(path, await file.bytes());
    const ran = spawnSync(process.execPath, [CLI, 'check', path, '--json'], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    expect({ file: file.name, allowed: (file.exit as number[]).includes(ran.status ?? -1) }).toEqual({
      file: file.name,
      allowed: true,
    });
    if (ran.status === 2) expect(ran.stderr).toMatch(/^[^\n]+\n$/u);
    expect(ran.stderr).not.toMatch(/\n\s+at /u);
    if (file.reason && ran.status === 2) expect(ran.stderr).toMatch(file.reason);
    if (ran.status !== 2) expect(() => JSON.parse(ran.stdout)).not.toThrow();
    // No external entity is ever resolved: nothing of the machine's files reaches the output.
    expect(ran.stdout).not.toMatch(/root:x?:0:0/u);
  });
});
