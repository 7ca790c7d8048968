/** Child processes and ports for the benchmark. */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Output goes here, not to the terminal: a 1,000-article build logs a lot. */
  logFile: string;
  timeoutMs?: number;
}

/** Runs a command to completion; rejects with the log's tail when it fails. */
export function run(command: string, args: string[], options: RunOptions): Promise<void> {
  return new Promise((done, fail) => {
    const out = openSync(options.logFile, 'a');
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', out, out],
    });
    // The child has its own copy of the descriptor.
    closeSync(out);
    const timer = options.timeoutMs
      ? setTimeout(() => child.kill('SIGTERM'), options.timeoutMs)
      : undefined;
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return done();
      const tail = readFileSync(options.logFile, 'utf8').split('\n').slice(-40).join('\n');
      fail(
        new Error(
          `${command} ${args.join(' ')} failed (${signal ?? code}) in ${options.cwd}:\n${tail}`,
        ),
      );
    });
  });
}

/** A TCP port nobody is listening on right now. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}
