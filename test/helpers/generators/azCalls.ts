/**
 * Test-only: runs a generated deploy.sh with bash, `az` replaced by a shell function that records
 * its arguments (no network, no Azure CLI), and returns the recorded commands. The files a command
 * reads with `--file` are recorded with it, as they were when it ran. Process access comes in through
 * a {@link ParserHost}.
 */
import type { ParserHost } from './parsers.ts';

/** One `az` invocation: its command words (`network private-endpoint create`) and its options. */
export interface AzCall {
  readonly command: string;
  readonly options: ReadonlyMap<string, readonly string[]>;
  /** Contents of the files given with `--file`, by the path given. */
  readonly files: ReadonlyMap<string, string>;
}

/**
 * `az` as a shell function writing to descriptor 3: its argument count and arguments, then the count
 * of `--file` files and each path and contents, all NUL separated; `show` finds nothing.
 */
const RECORDING_AZ = [
  'az() {',
  `  printf '%s\\0' "$#" "$@" >&3`,
  '  local prev="" arg files=()',
  '  for arg in "$@"; do',
  '    if [ "$prev" = --file ]; then files+=("$arg"); fi',
  '    prev="$arg"',
  '  done',
  `  printf '%s\\0' "\${#files[@]}" >&3`,
  `  for arg in "\${files[@]}"; do printf '%s\\0%s\\0' "$arg" "$(cat -- "$arg")" >&3; done`,
  '  case " $* " in *" show "*) return 1 ;; esac',
  '}',
].join('\n');

/** Variables the scripts read from the environment, set to harmless values. */
const ENVIRONMENT = [
  'export SSH_PUBLIC_KEY_FILE=/dev/null',
  'export ADMIN_USERNAME=azureuser',
  'export SSH_PRIVATE_KEY_FILE=/dev/null',
].join('\n');

/** Splits arguments into command words and `--option value…` groups. */
export function callOf(args: readonly string[], files: ReadonlyMap<string, string> = new Map()): AzCall {
  const first = args.findIndex((arg) => arg.startsWith('--'));
  const words = first === -1 ? args : args.slice(0, first);
  const options = new Map<string, string[]>();
  let current: string[] = [];
  for (const arg of first === -1 ? [] : args.slice(first)) {
    if (arg.startsWith('--')) {
      current = [];
      options.set(arg, current);
    } else current.push(arg);
  }
  return { command: words.join(' '), options, files };
}

/** The single value of an option; throws when it is absent or repeated. */
export function opt(call: AzCall, name: string): string {
  const values = call.options.get(name);
  if (values?.length !== 1) throw new Error(`${call.command}: ${name} should have one value`);
  return values[0] ?? '';
}

/** Runs the script with bash and returns the `az` calls in order; throws when the script fails. */
export function recordAzCalls(host: ParserHost, script: string): AzCall[] {
  // The script's own output goes away; descriptor 3 carries the record to stdout.
  const runner = `${RECORDING_AZ}\n${ENVIRONMENT}\n. "$1" 3>&1 >/dev/null`;
  const result = host.runOnFile(
    'bash',
    ['--noprofile', '--norc', '-c', runner, 'deploy'],
    'deploy.sh',
    script,
  );
  if (result.status !== 0) throw new Error(`deploy.sh failed (${String(result.status)}): ${result.stderr}`);
  const words = result.stdout.split('\0');
  const calls: AzCall[] = [];
  for (let at = 0; at < words.length - 1;) {
    const count = Number(words[at]);
    const args = words.slice(at + 1, at + 1 + count);
    at += 1 + count;
    const fileCount = Number(words[at]);
    const files = new Map<string, string>();
    for (let i = 0; i < fileCount; i += 1)
      files.set(words[at + 1 + 2 * i] ?? '', words[at + 2 + 2 * i] ?? '');
    at += 1 + 2 * fileCount;
    calls.push(callOf(args, files));
  }
  return calls;
}
