// One way for the GitHub module tests to get a local REST server and a real client pointed at it;
// the server is closed after each test.
import { afterEach } from 'vitest';
import { createGitHubClient } from '../../src/github/client.js';
import { type GitHubServer, type GitHubServerOptions, startGitHubServer } from '../support/github-server.js';

/** Registers the cleanup and returns `setUp(options)` → {server, octokit} with retries shortened. */
export function localGitHub(token: string) {
  let server: GitHubServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  return async function setUp(options: GitHubServerOptions = {}) {
    server = await startGitHubServer({ token, ...options });
    const octokit = createGitHubClient({
      token,
      baseUrl: server.url,
      retryDelayUnitMs: 1,
      spaceRequests: false,
    });
    return { server, octokit };
  };
}
