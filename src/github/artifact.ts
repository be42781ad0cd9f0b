// Uploads the run's evidence as a workflow artifact: the benchmark input files and both reports.
// @actions/artifact needs every file under one root, so they are staged in a private folder first.

import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface ArtifactUpload {
  name: string;
  /** Input files as the user named them, relative to `workspace` (or absolute). */
  inputFiles: string[];
  workspace: string;
  /** Report files to include at the artifact's top level. */
  reports: string[];
  /** Folders to include whole at the artifact's top level, under their own names (the dashboard). */
  folders?: string[];
  /** Private staging folder (created). */
  stagingDir: string;
  retentionDays?: number;
}

/** Characters @actions/artifact refuses in a file path (one such name fails the whole upload). */
const REFUSED_IN_PATHS = /[":<>|*?\r\n]/g;

/** Where an input file goes inside the artifact: its workspace-relative path, never outside `inputs/`. */
export function stagedPath(file: string, workspace: string, index: number): string {
  const relative = path.relative(workspace, path.resolve(workspace, file));
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  const wanted = inside ? relative : `${index}-${path.basename(file)}`;
  const safe = wanted.replace(REFUSED_IN_PATHS, '_');
  // A renamed file gets its index too, so `a:b` and `a?b` never land on one name.
  if (safe === wanted) return path.join('inputs', wanted);
  return path.join('inputs', path.dirname(safe), `${index}-${path.basename(safe)}`);
}

/** The manifest of renamed inputs, at the artifact's top level when any was renamed. */
export const RENAMED_INPUTS_FILE = 'renamed-inputs.json';

export async function uploadReportArtifact(upload: ArtifactUpload): Promise<{ id?: number; size?: number }> {
  const staged: string[] = [];
  const place = async (from: string, to: string) => {
    const target = path.join(upload.stagingDir, to);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(from, target);
    staged.push(target);
  };
  const renamed: { file: string; storedAs: string }[] = [];
  for (const [i, file] of upload.inputFiles.entries()) {
    const storedAs = stagedPath(file, upload.workspace, i);
    await place(path.resolve(upload.workspace, file), storedAs);
    if (path.basename(storedAs) !== path.basename(file)) renamed.push({ file, storedAs });
  }
  for (const report of upload.reports) await place(report, path.basename(report));
  // Loaded on first use: a large part of the bundle's start-up, and only runs that upload need it.
  const { DefaultArtifactClient } = await import('@actions/artifact');
  for (const folder of upload.folders ?? []) {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    for (const entry of entries.filter((e) => e.isFile())) {
      const file = path.join(entry.parentPath, entry.name);
      await place(file, path.join(path.basename(folder), path.relative(folder, file)));
    }
  }
  if (renamed.length > 0) {
    const manifest = path.join(upload.stagingDir, RENAMED_INPUTS_FILE);
    await writeFile(manifest, `${JSON.stringify(renamed, null, 2)}\n`);
    staged.push(manifest);
  }
  const client = new DefaultArtifactClient();
  return client.uploadArtifact(upload.name, staged, upload.stagingDir, {
    ...(upload.retentionDays ? { retentionDays: upload.retentionDays } : {}),
  });
}

/** An artifact of this workflow run, as the artifact service lists it. */
export interface RunArtifact {
  id: number;
  name: string;
}

/** The artifacts this workflow run has uploaded so far (every job's, every attempt's). */
export async function listRunArtifacts(): Promise<RunArtifact[]> {
  // Loaded on first use, like the upload: only the merge job lists artifacts.
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const { artifacts } = await new DefaultArtifactClient().listArtifacts();
  return artifacts.map((a) => ({ id: a.id, name: a.name }));
}

/** Downloads (and unzips) one artifact of this run into `dir`. */
export async function downloadRunArtifact(id: number, dir: string): Promise<void> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  await new DefaultArtifactClient().downloadArtifact(id, { path: dir });
}
