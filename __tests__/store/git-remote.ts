// A real git remote for the gh-pages store tests: a bare repository in a temp folder, and ways to look
// at it from outside the store under test.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ENV = {
  ...process.env,
  LC_ALL: 'C',
  GIT_AUTHOR_NAME: 'Site Author',
  GIT_AUTHOR_EMAIL: 'site@example.com',
  GIT_COMMITTER_NAME: 'Site Author',
  GIT_COMMITTER_EMAIL: 'site@example.com',
};

export function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    env: ENV,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    // A history of many entries is megabytes of JSON; the default 1 MB would cut `git show` off.
    maxBuffer: 1024 * 1024 * 1024,
  }).trim();
}

export class BareRemote {
  /** The temp folder holding the remote (`remote.git`) and anything else a test needs on disk. */
  readonly folder: string;
  readonly url: string;

  private constructor(folder: string) {
    this.folder = folder;
    this.url = path.join(folder, 'remote.git');
  }

  static async create(): Promise<BareRemote> {
    const remote = new BareRemote(await mkdtemp(path.join(tmpdir(), 'perf-regression-remote-')));
    execFileSync('git', ['init', '--quiet', '--bare', remote.url]);
    return remote;
  }

  async remove(): Promise<void> {
    await rm(this.folder, { recursive: true, force: true });
  }

  /** The branch's commit, or undefined when the branch does not exist. */
  tip(branch = 'gh-pages'): string | undefined {
    try {
      return git(this.url, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`]);
    } catch {
      return undefined;
    }
  }

  file(file: string, branch = 'gh-pages'): string {
    return git(this.url, ['show', `${branch}:${file}`]);
  }

  /** Every file on the branch with its blob id. */
  files(branch = 'gh-pages'): Record<string, string> {
    const listing = git(this.url, ['ls-tree', '-r', branch]).split('\n');
    return Object.fromEntries(
      listing.map((line) => [line.split('\t')[1], line.split(' ')[2]?.split('\t')[0]]),
    );
  }

  /** Parents, subject and author of the branch's last commit. */
  lastCommit(branch = 'gh-pages'): { parents: string[]; subject: string; author: string } {
    // Parents last: a root commit has none, and the empty line must not be trimmed away.
    const log = git(this.url, ['log', '-1', '--format=%s%n%an <%ae>%n%P', branch]);
    const [subject = '', author = '', parents = ''] = log.split('\n');
    return { parents: parents.split(' ').filter(Boolean), subject, author };
  }

  commitCount(branch = 'gh-pages'): number {
    return Number(git(this.url, ['rev-list', '--count', branch]));
  }

  /** Commits `files` on top of `branch` (or as its first commit) as a user or a dashboard job would. */
  async commitFiles(files: Record<string, string>, branch = 'gh-pages'): Promise<string> {
    const work = await mkdtemp(path.join(this.folder, 'work-'));
    git(work, ['init', '--quiet']);
    git(work, ['checkout', '--quiet', '--orphan', branch]);
    if (this.tip(branch)) {
      git(work, ['fetch', '--quiet', this.url, `${branch}`]);
      git(work, ['reset', '--quiet', '--hard', 'FETCH_HEAD']);
    }
    for (const [file, text] of Object.entries(files)) {
      const full = path.join(work, file);
      await mkdir(path.dirname(full), { recursive: true });
      await writeFile(full, text);
    }
    git(work, ['add', '--all']);
    git(work, ['commit', '--quiet', '--no-gpg-sign', '-m', 'site update']);
    git(work, ['push', '--quiet', this.url, `HEAD:refs/heads/${branch}`]);
    return git(work, ['rev-parse', 'HEAD']);
  }
}
