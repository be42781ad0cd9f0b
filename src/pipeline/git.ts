// One way to run a git command of the checkout and read what it printed, for the A/B's worktrees and
// the merge-base lookup alike.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** `git <args>` in `cwd`, its stdout trimmed; rejects on a non-zero exit or after `timeoutMs` (none by default). */
export async function git(cwd: string, args: string[], timeoutMs?: number): Promise<string> {
  const { stdout } = await exec('git', args, {
    cwd,
    ...(timeoutMs === undefined ? {} : { timeout: timeoutMs }),
    // Never wait for a password: a fetch the checkout's credentials cannot make fails at once.
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout.trim();
}
