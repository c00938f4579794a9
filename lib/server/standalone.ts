// The production server as the container runs it: Next's standalone output
// (.next/standalone/server.js, with the traced node_modules it needs), plus
// the static files and public/ that Next leaves for the deployer to copy in —
// the Dockerfile copies them the same way.
import fs from "node:fs";
import path from "node:path";

export const standaloneDir = (root = process.cwd()) => path.join(root, ".next", "standalone");
export const standaloneServer = (root = process.cwd()) => path.join(standaloneDir(root), "server.js");

export function copyStandaloneAssets(root = process.cwd()): void {
  const target = standaloneDir(root);
  fs.cpSync(path.join(root, ".next", "static"), path.join(target, ".next", "static"), { recursive: true });
  const publicDir = path.join(root, "public");
  if (fs.existsSync(publicDir)) fs.cpSync(publicDir, path.join(target, "public"), { recursive: true });
}

/**
 * The environment server.js needs beside the caller's: it changes into its own
 * folder, so a relative DATA_DIR is resolved here, and migrations are found
 * through LEADDESK_ROOT.
 */
export function standaloneEnv(env: NodeJS.ProcessEnv, root = process.cwd()): NodeJS.ProcessEnv {
  const dataDir = env.DATA_DIR?.trim() || "./data";
  return {
    ...env,
    DATA_DIR: dataDir.startsWith("memory://") ? dataDir : path.resolve(root, dataDir),
    LEADDESK_ROOT: env.LEADDESK_ROOT || root,
  };
}
