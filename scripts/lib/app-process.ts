// Runs the built app (`node dist/server.js`) as a child process on a loopback port, the way production runs it,
// for the benchmark and the reliability scripts: start-up time, peak memory, signals, captured output.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Node's options in the production start command (README "Productie", `npm start`, deploy/ketenoverleg.service):
 * a young generation of 2 MB semi-spaces instead of 16 MB keeps the process about 20 MB smaller under load, and an old
 * generation of at most 128 MB makes V8 collect it before it grows far beyond what is live (about 30 MB; without the
 * bound the heap grew to 220 MB under the bench). Neither costs measurable requests per second. The app is measured
 * started the same way.
 */
export const PRODUCTION_NODE_OPTIONS = ['--max-semi-space-size=2', '--max-old-space-size=128'] as const;
const run = promisify(execFile);

// A script that gives up (time limit, error) must not leave an app running on the machine.
const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/** Compiles `dist/` when it is missing or older than the sources (the same check `npm start` makes). */
export async function ensureBuilt(): Promise<void> {
  await run(process.execPath, [join(projectRoot, 'scripts/build-if-stale.js')], { cwd: projectRoot });
}

/** A free loopback port, searched in this project's range first (4100-4199 on the shared development machine). */
export async function freePort(from = Number(process.env.SCRIPT_PORT_FROM ?? 4100)): Promise<number> {
  for (let port = from; port < from + 100; port++) {
    const free = await new Promise<boolean>((done) => {
      const probe = createServer();
      probe.once('error', () => done(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}-${from + 99}`);
}

export interface AppProcess {
  readonly child: ChildProcess;
  readonly port: number;
  readonly baseUrl: string;
  /** Milliseconds from spawning the process to its first successful answer on /healthz. */
  readonly startupMs: number;
  /**
   * CPU milliseconds the process used until then: on a busy shared machine the wall-clock figure above mostly
   * measures waiting for a core, this one what starting costs.
   */
  readonly startupCpuMs: number;
  /** Resolves with the exit code (null when killed by a signal) once the process has ended. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Peak resident memory in MB (VmHWM), while the process runs. */
  peakRssMb(): number;
  /** Sends the signal and waits for the process to end. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface StartOptions {
  dataDir: string;
  port?: number;
  env?: Record<string, string>;
  /** The script to run instead of the app (the benchmark's bare Fastify baseline). */
  script?: string;
  /** Give up when /healthz has not answered within this many milliseconds. */
  timeoutMs?: number;
  /** Extra options for node itself, e.g. `--cpu-prof` to profile the app under load. */
  nodeArgs?: string[];
  /** Send the process's output to /dev/null instead of keeping it (a benchmark's request log would pile up). */
  discardOutput?: boolean;
}

export async function startApp(options: StartOptions): Promise<AppProcess> {
  const port = options.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = '';
  const started = performance.now();
  const child = spawn(
    process.execPath,
    options.script
      ? [...(options.nodeArgs ?? []), options.script]
      : [...PRODUCTION_NODE_OPTIONS, ...(options.nodeArgs ?? []), join(projectRoot, 'dist/server.js')],
    {
      cwd: projectRoot,
      env: {
        PATH: process.env.PATH ?? '',
        PORT: String(port),
        HOST: '127.0.0.1',
        BASE_URL: baseUrl,
        DATA_DIR: options.dataDir,
        LOG_LEVEL: 'warn',
        ...options.env,
      },
      stdio: ['ignore', options.discardOutput ? 'ignore' : 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  children.add(child);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => {
      children.delete(child);
      done({ code, signal });
    }),
  );
  let ended = false;
  void exited.then(() => {
    ended = true;
  });

  const deadline = started + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (ended) throw new Error(`the app exited before answering /healthz:\n${output}`);
    if (performance.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the app did not answer /healthz in time:\n${output}`);
    }
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      await response.arrayBuffer();
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 5));
  }
  const startupMs = performance.now() - started;
  const startupCpuMs = cpuMs(child.pid);

  return {
    child,
    port,
    baseUrl,
    startupMs,
    startupCpuMs,
    exited,
    output: () => output,
    peakRssMb() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN);
      return kb / 1024;
    },
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (!ended) child.kill(signal);
      return exited;
    },
  };
}

/** User plus system CPU time of a process so far, from /proc (clock ticks of 10 ms). */
function cpuMs(pid: number | undefined): number {
  // The command name (field 2) may contain spaces; the fields after its closing parenthesis are fixed.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Runs the built admin CLI (`node dist/cli.js …`) against a data directory and returns what it printed. */
export async function runCli(dataDir: string, baseUrl: string, args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [join(projectRoot, 'dist/cli.js'), ...args], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, BASE_URL: baseUrl, LOG_LEVEL: 'warn' },
  });
  return stdout;
}
