// Uploads the run's evidence as a workflow artifact: the benchmark input files and both reports.
// @actions/artifact needs every file under one root, so they are staged in a private folder first.

import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

export interface ArtifactUpload {
  name: string;
  /** Input files as the user named them, relative to `workspace` (or absolute). */
  inputFiles: string[];
  workspace: string;
  /** Report files to include at the artifact's top level. */
  reports: string[];
  /** Private staging folder (created). */
  stagingDir: string;
  retentionDays?: number;
}

/** Where an input file goes inside the artifact: its workspace-relative path, never outside `inputs/`. */
export function stagedPath(file: string, workspace: string, index: number): string {
  const relative = path.relative(workspace, path.resolve(workspace, file));
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return path.join('inputs', inside ? relative : `${index}-${path.basename(file)}`);
}

export async function uploadReportArtifact(upload: ArtifactUpload): Promise<{ id?: number; size?: number }> {
  const staged: string[] = [];
  const place = async (from: string, to: string) => {
    const target = path.join(upload.stagingDir, to);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(from, target);
    staged.push(target);
  };
  for (const [i, file] of upload.inputFiles.entries()) {
    await place(path.resolve(upload.workspace, file), stagedPath(file, upload.workspace, i));
  }
  for (const report of upload.reports) await place(report, path.basename(report));
  // Loaded on first use: a large part of the bundle's start-up, and only runs that upload need it.
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  return client.uploadArtifact(upload.name, staged, upload.stagingDir, {
    ...(upload.retentionDays ? { retentionDays: upload.retentionDays } : {}),
  });
}
