/** Entry of `npm run cli`: wires the process's arguments, streams and files to {@link run}. */
import { nodeIo } from './nodeIo.ts';
import { run } from './run.ts';

// A reader that stops early (`… | head`) closes the pipe; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

process.exitCode = await run(process.argv.slice(2), nodeIo());
