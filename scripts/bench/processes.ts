/**
 * Child processes for the benchmark: spawned in their own process group so that a timeout or an error
 * kills the whole tree (tsx, vite, chromium helpers), and a registry that kills whatever is left on exit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

const live = new Set<ChildProcess>();

/** Kills a child's process group (SIGTERM, then SIGKILL after a grace period). */
export async function killTree(child: ChildProcess, graceMs = 2000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, s);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
  live.delete(child);
}

export async function killAll(): Promise<void> {
  await Promise.all([...live].map((c) => killTree(c)));
}

export type SpawnOptions = { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs: number };
export type RunResult = {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
};

/** Starts a long-lived child (a dev server); the caller must `killTree` it. */
export function start(cmd: string, args: string[], options: Omit<SpawnOptions, 'timeoutMs'>): ChildProcess {
  const child = spawn(cmd, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}

/** Runs a command to completion, or kills it after `timeoutMs`. */
export async function run(cmd: string, args: string[], options: SpawnOptions): Promise<RunResult> {
  const t0 = performance.now();
  const child = start(cmd, args, options);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void killTree(child);
  }, options.timeoutMs);
  const code = await new Promise<number | null>((resolve) => {
    child.once('error', () => resolve(null));
    child.once('exit', (c) => resolve(c));
  });
  clearTimeout(timer);
  return { code, stdout, stderr, ms: performance.now() - t0, timedOut };
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Progress to stderr, so stdout carries only the tables. */
export function progress(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}
