// Runs the committed bundle (dist/index.js) the way a runner runs a step: a child process whose whole
// environment is what the runner would set, talking to local stand-ins for GitHub's REST API, the
// Actions cache and artifact services, and a bare git repository for the gh-pages branch. What a run
// leaves behind (exit code, workflow commands, GITHUB_OUTPUT, the step summary) is parsed back.
//
// The child is spawned asynchronously: the servers live in this test process, so a synchronous spawn
// would block them and the child's first request would hang.
import { spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ComparisonReport } from '../../src/model/report.js';
import { FIXTURES } from '../helpers/fixtures.js';
import { BareRemote } from '../store/git-remote.js';
import { type ActionsServices, startActionsServices } from '../support/actions-services.js';
import {
  DEFAULT_OWNER,
  DEFAULT_REPO,
  type GitHubServer,
  type GitHubServerOptions,
  type RecordedRequest,
  startGitHubServer,
} from '../support/github-server.js';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const ACTION_BUNDLE = path.join(REPO_ROOT, 'dist/index.js');
/** Recognisable in any output, so a leak is easy to see. */
export const FAKE_TOKEN = 'ghs_E2eFakeTokenThatMustNeverBePrinted42';
export const DEFAULT_BRANCH = 'main';
/** A child that takes longer than this is killed: the action hangs rather than fails. */
const RUN_TIMEOUT_MS = 60_000;

export type Inputs = Record<string, string>;

export interface ActionRun {
  /** null when the child was killed. */
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** GITHUB_OUTPUT, parsed. */
  outputs: Record<string, string>;
  /** GITHUB_STEP_SUMMARY as written. */
  summary: string;
  /** Messages of `::warning …::` and `::error …::` commands, unescaped. */
  warnings: string[];
  errors: string[];
  /** Values registered with `::add-mask::`; the runner hides them and never shows the command. */
  masked: string[];
  /** Requests this run made to the REST server. */
  api: RecordedRequest[];
  /** The commit the run measured (push: GITHUB_SHA, pull request: the head). */
  sha: string;
  ms: number;
}

export interface PushOptions {
  sha?: string;
  branch?: string;
  env?: Record<string, string>;
  node?: string;
  execArgv?: string[];
  /** The commit before the push (the payload's `before`). */
  before?: string;
  /** A temp folder of its own, for runs going at the same time (as jobs on separate runners do). */
  runnerTemp?: string;
  /** Kill the child after this long (default 60 s); runs sharing the machine with many others need more. */
  timeoutMs?: number;
  /** Run as one job of this workflow run (see TestRepository.workflowRun), not as a run of its own. */
  workflowRun?: SharedWorkflowRun;
}

/** A workflow run several jobs belong to: they share GITHUB_RUN_ID and each other's artifacts. */
export interface SharedWorkflowRun {
  backendId: string;
  runId: string;
}

export interface PullRequestOptions extends Omit<PushOptions, 'branch'> {
  number: number;
  /** The PR head commit; GITHUB_SHA is a different (merge) commit, as on GitHub. */
  headSha?: string;
  headBranch?: string;
  /** The head lives in another owner's fork. */
  fork?: boolean;
  /** The base branch's commit (`pull_request.base.sha`). */
  baseSha?: string;
}

export interface WorkflowRunOptions extends Omit<PushOptions, 'branch'> {
  /** The head commit the triggering pull_request run measured. */
  headSha: string;
  headBranch: string;
  /** Owner of the head repository (the fork). */
  headOwner: string;
}

/** A deterministic 40-hex commit id for a label, so tests can name commits. */
export function commitOf(label: string): string {
  return createHash('sha1').update(label).digest('hex');
}

/** The inputs' defaults from action.yml, as the runner passes them when a workflow omits an input. */
async function actionDefaults(): Promise<Inputs> {
  const action = parseYaml(await readFile(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: unknown }>;
  };
  const defaults: Inputs = {};
  for (const [name, input] of Object.entries(action.inputs)) {
    if (input.default === undefined) continue;
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the workflow expression action.yml holds
    defaults[name] = String(input.default).replace('${{ github.token }}', FAKE_TOKEN);
  }
  return defaults;
}

/** `INPUT_FAIL-ON`: the runner upper-cases the name and keeps hyphens (spaces would become `_`). */
function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * The parent's environment without anything a runner would set for the step, so nothing of the test
 * process (or of a CI job running the tests) leaks into the action.
 */
function cleanEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined || /^(GITHUB_|INPUT_|ACTIONS_|RUNNER_|PERF_REGRESSION_)/.test(name)) continue;
    if (name === 'NODE_OPTIONS') continue;
    env[name] = value;
  }
  return env;
}

/**
 * One repository with its GitHub API, Actions services, gh-pages remote and a checked-out workspace.
 * Runs are numbered like workflow runs; each gets a fresh RUNNER_TEMP, as each job on a runner does.
 */
export class TestRepository {
  readonly owner = DEFAULT_OWNER;
  readonly repo = DEFAULT_REPO;
  readonly runs: ActionRun[] = [];
  private runCount = 0;
  private sharedRuns = 0;

  private constructor(
    readonly github: GitHubServer,
    readonly services: ActionsServices,
    readonly remote: BareRemote,
    private readonly defaults: Inputs,
  ) {}

  static async create(options: { github?: GitHubServerOptions } = {}): Promise<TestRepository> {
    let services: ActionsServices | undefined;
    const github = await startGitHubServer({
      token: FAKE_TOKEN,
      cacheEntries: () => services?.cacheEntries ?? [],
      ...options.github,
    });
    services = await startActionsServices({ maxLifetimeMs: 10 * 60_000 });
    const remote = await BareRemote.create();
    return new TestRepository(github, services, remote, await actionDefaults());
  }

  /** A new workflow run for jobs to share, e.g. the jobs of a matrix and the job after them. */
  newWorkflowRun(): SharedWorkflowRun {
    return { backendId: randomUUID(), runId: String(8000 + ++this.sharedRuns) };
  }

  get workspace(): string {
    return this.services.env.GITHUB_WORKSPACE as string;
  }

  get runnerTemp(): string {
    return this.services.env.RUNNER_TEMP as string;
  }

  /** Copies `__tests__/fixtures/<from>` to `<workspace>/<to>`; returns `to`, ready for the `files` input. */
  async addFixture(from: string, to: string): Promise<string> {
    const target = path.join(this.workspace, to);
    await mkdir(path.dirname(target), { recursive: true });
    await cp(path.join(FIXTURES, from), target, { recursive: true });
    return to;
  }

  async writeFile(to: string, text: string): Promise<string> {
    const target = path.join(this.workspace, to);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
    return to;
  }

  /** The Go module the fixtures were measured from, at the workspace root as in a checkout. */
  async addGoSources(): Promise<void> {
    await cp(path.join(FIXTURES, 'go/src'), this.workspace, { recursive: true });
  }

  /** A push event; on the default branch it records into history. */
  push(inputs: Inputs, options: PushOptions = {}): Promise<ActionRun> {
    const sha = options.sha ?? commitOf(`push ${this.runCount + 1}`);
    const branch = options.branch ?? DEFAULT_BRANCH;
    const payload = {
      ref: `refs/heads/${branch}`,
      ...(options.before ? { before: options.before } : {}),
      after: sha,
      head_commit: { id: sha },
      repository: this.repository(),
    };
    return this.run(inputs, 'push', payload, {
      ...options,
      sha,
      env: { GITHUB_SHA: sha, GITHUB_REF: `refs/heads/${branch}`, GITHUB_REF_NAME: branch, ...options.env },
    });
  }

  /** The weekly `schedule` event (or `workflow_dispatch`): runs on the default branch and records. */
  schedule(
    inputs: Inputs,
    options: PushOptions & { event?: 'schedule' | 'workflow_dispatch' } = {},
  ): Promise<ActionRun> {
    const sha = options.sha ?? commitOf(`schedule ${this.runCount + 1}`);
    const event = options.event ?? 'schedule';
    const payload =
      event === 'schedule'
        ? { schedule: '0 6 * * 1', repository: this.repository() }
        : { inputs: {}, ref: `refs/heads/${DEFAULT_BRANCH}`, repository: this.repository() };
    return this.run(inputs, event, payload, {
      ...options,
      sha,
      env: {
        GITHUB_SHA: sha,
        GITHUB_REF: `refs/heads/${DEFAULT_BRANCH}`,
        GITHUB_REF_NAME: DEFAULT_BRANCH,
        ...options.env,
      },
    });
  }

  /** A pull_request event; GITHUB_SHA is the merge commit, the head is elsewhere in the payload. */
  pullRequest(inputs: Inputs, options: PullRequestOptions): Promise<ActionRun> {
    const headSha = options.headSha ?? commitOf(`pr ${options.number} head ${this.runCount + 1}`);
    const headBranch = options.headBranch ?? `feature-${options.number}`;
    const headOwner = options.fork ? 'forker' : this.owner;
    const mergeSha = commitOf(`merge of ${headSha}`);
    const payload = {
      action: 'synchronize',
      number: options.number,
      pull_request: {
        number: options.number,
        head: {
          sha: headSha,
          ref: headBranch,
          repo: {
            full_name: `${headOwner}/${this.repo}`,
            fork: options.fork === true,
            owner: { login: headOwner },
          },
        },
        base: { sha: options.baseSha ?? commitOf('base'), ref: DEFAULT_BRANCH, repo: this.repository() },
      },
      repository: this.repository(),
    };
    return this.run(inputs, 'pull_request', payload, {
      ...options,
      sha: headSha,
      env: {
        GITHUB_SHA: mergeSha,
        GITHUB_REF: `refs/pull/${options.number}/merge`,
        GITHUB_REF_NAME: `${options.number}/merge`,
        GITHUB_HEAD_REF: headBranch,
        GITHUB_BASE_REF: DEFAULT_BRANCH,
        ...options.env,
      },
    });
  }

  /**
   * A workflow_run event: the privileged half of the two-workflow setup for fork pull requests. It runs
   * on the default branch; for a fork, GitHub leaves `pull_requests` empty.
   */
  workflowRun(inputs: Inputs, options: WorkflowRunOptions): Promise<ActionRun> {
    const sha = options.sha ?? commitOf(`main tip ${this.runCount + 1}`);
    const payload = {
      action: 'completed',
      workflow_run: {
        id: 4242,
        name: 'benchmarks',
        event: 'pull_request',
        status: 'completed',
        conclusion: 'success',
        head_sha: options.headSha,
        head_branch: options.headBranch,
        head_repository: {
          full_name: `${options.headOwner}/${this.repo}`,
          owner: { login: options.headOwner },
        },
        pull_requests: [],
      },
      repository: this.repository(),
    };
    return this.run(inputs, 'workflow_run', payload, {
      ...options,
      sha: options.headSha,
      env: {
        GITHUB_SHA: sha,
        GITHUB_REF: `refs/heads/${DEFAULT_BRANCH}`,
        GITHUB_REF_NAME: DEFAULT_BRANCH,
        ...options.env,
      },
    });
  }

  private repository() {
    return {
      name: this.repo,
      full_name: `${this.owner}/${this.repo}`,
      owner: { login: this.owner },
      default_branch: DEFAULT_BRANCH,
      fork: false,
    };
  }

  private async run(
    inputs: Inputs,
    eventName: string,
    payload: object,
    options: PushOptions & { sha: string },
  ): Promise<ActionRun> {
    const runNumber = ++this.runCount;
    const runnerTemp = options.runnerTemp ?? this.runnerTemp;
    // A fresh job: the runner empties its temp folder and keeps the step's files there.
    await rm(runnerTemp, { recursive: true, force: true });
    const commands = path.join(runnerTemp, '_runner_file_commands');
    await mkdir(commands, { recursive: true });
    const files = {
      event: path.join(commands, 'event.json'),
      output: path.join(commands, `set_output_${runNumber}`),
      summary: path.join(commands, `step_summary_${runNumber}`),
    };
    await writeFile(files.event, JSON.stringify(payload));
    await writeFile(files.output, '');
    await writeFile(files.summary, '');

    const env: Record<string, string> = {
      ...cleanEnvironment(),
      ...this.services.env,
      ACTIONS_RUNTIME_TOKEN: this.services.tokenForNewRun(options.workflowRun?.backendId),
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_REPOSITORY: `${this.owner}/${this.repo}`,
      GITHUB_REPOSITORY_OWNER: this.owner,
      GITHUB_RUN_ID: options.workflowRun?.runId ?? String(9000 + runNumber),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_API_URL: this.github.url,
      PERF_REGRESSION_GH_PAGES_REMOTE: this.remote.url,
      RUNNER_TEMP: runnerTemp,
      ...options.env,
    };
    for (const [name, value] of Object.entries({ ...this.defaults, ...inputs }))
      env[inputVariable(name)] = value;

    const apiBefore = this.github.requests.length;
    const started = Date.now();
    const child = await runNode(
      options.node ?? process.execPath,
      [...(options.execArgv ?? []), ACTION_BUNDLE],
      {
        cwd: this.workspace,
        env,
        timeout: options.timeoutMs ?? RUN_TIMEOUT_MS,
      },
    );
    const ms = Date.now() - started;
    const commandsSeen = workflowCommands(child.stdout);
    const run: ActionRun = {
      exitCode: child.code,
      stdout: child.stdout,
      stderr: child.stderr,
      outputs: parseOutputFile(await readFile(files.output, 'utf8')),
      summary: await readFile(files.summary, 'utf8'),
      warnings: commandsSeen.filter((c) => c.command === 'warning').map((c) => c.message),
      errors: commandsSeen.filter((c) => c.command === 'error').map((c) => c.message),
      masked: commandsSeen.filter((c) => c.command === 'add-mask').map((c) => c.message),
      api: this.github.requests.slice(apiBefore),
      sha: options.sha,
      ms,
    };
    this.runs.push(run);
    return run;
  }

  async close(): Promise<void> {
    await this.github.close();
    await this.services.close();
    await rm(path.dirname(this.remote.url), { recursive: true, force: true });
  }
}

interface ChildResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runNode(
  node: string,
  args: string[],
  options: { cwd: string; env: Record<string, string>; timeout?: number },
): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, args, {
      ...options,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: options.timeout ?? RUN_TIMEOUT_MS,
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    );
  });
}

/** GITHUB_OUTPUT holds `name<<delimiter`, the value lines, `delimiter` (and the old `name=value`). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter] = heredoc;
      const end = lines.indexOf(delimiter ?? '', i + 1);
      if (end < 0) throw new Error(`GITHUB_OUTPUT: "${name}" has no closing ${delimiter}`);
      outputs[name] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

interface WorkflowCommand {
  command: string;
  properties: string;
  message: string;
}

/** `::warning file=a.txt,line=3::message` lines, with the message's %-escapes undone. */
export function workflowCommands(stdout: string): WorkflowCommand[] {
  const found: WorkflowCommand[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line.replace(/\r$/, ''));
    if (!match) continue;
    const [, command = '', properties = '', data = ''] = match;
    found.push({
      command,
      properties,
      message: data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'),
    });
  }
  return found;
}

/** The JSON report a run wrote to its `report-json` output. */
export async function reportOf(run: ActionRun): Promise<ComparisonReport> {
  const file = run.outputs['report-json'];
  if (!file) throw new Error(`the run set no report-json output\n${transcript(run)}`);
  return JSON.parse(await readFile(file, 'utf8')) as ComparisonReport;
}

/** Everything a run printed, for a failing assertion's message. */
export function transcript(run: ActionRun): string {
  return `exit ${run.exitCode} in ${run.ms} ms\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
}
