/** Child processes for the benchmark: a free port, a process started and waited for, and stopped. */
import { ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import readline from 'node:readline';

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** With `readOutput`, its stdout is for the caller to read; otherwise it is dropped, so it never fills up. */
export function startNode(script: string, args: string[], env: NodeJS.ProcessEnv, readOutput = false): ChildProcess {
  return spawn(process.execPath, [script, ...args], { env, stdio: ['ignore', readOutput ? 'pipe' : 'ignore', 'inherit'] });
}

/** The first line the child prints, parsed as JSON. */
export async function firstJsonLine<T>(child: ChildProcess): Promise<T> {
  const lines = readline.createInterface({ input: child.stdout! });
  for await (const line of lines) {
    if (line.trim().startsWith('{')) return JSON.parse(line) as T;
  }
  throw new Error('the child process ended without printing its JSON line');
}

/** Polls `url` until it answers 200, or fails after `ms`. */
export async function waitFor(url: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer 200 within ${ms} ms`);
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
