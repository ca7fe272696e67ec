// tsc (npm `typescript`) on a project, for the tests of the published types.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const TSC = fileURLToPath(new URL('../../node_modules/.bin/tsc', import.meta.url));

/** Runs `tsc -p project`; resolves to { code, output } whatever the exit code. */
export function tsc(project) {
  return new Promise((resolve) => {
    execFile(TSC, ['-p', project, '--pretty', 'false'], { maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      resolve({ code: err ? err.code ?? 1 : 0, output: stdout + stderr });
    });
  });
}
