/** An inclusive port range. */
export interface PortRange {
  readonly first: number;
  readonly last: number;
}

export type PortsResult = { ok: true; ranges: readonly PortRange[] } | { ok: false; message: string };

const ALL_PORTS: PortRange = { first: 0, last: 65535 };
const PORT_OR_RANGE = /^(\d{1,5})(?:-(\d{1,5}))?$/;

// Port values repeat across rules and keystrokes: parse each text once.
const parsedPorts = new Map<string, PortsResult>();
const CACHE_LIMIT = 10_000;

/** Parses one NSG port value: `*`, a port (`443`) or a range (`8000-8999`). */
export function parsePortText(text: string): PortsResult {
  let result = parsedPorts.get(text);
  if (!result) {
    if (parsedPorts.size >= CACHE_LIMIT) parsedPorts.clear();
    result = readPorts(text);
    parsedPorts.set(text, result);
  }
  return result;
}

function readPorts(text: string): PortsResult {
  const value = text.trim();
  if (value === '*') return { ok: true, ranges: [ALL_PORTS] };
  const match = PORT_OR_RANGE.exec(value);
  if (!match) return { ok: false, message: `"${text}" is not a port, a range such as 8000-8999, or *.` };
  const first = Number(match[1]);
  const last = match[2] === undefined ? first : Number(match[2]);
  if (first > 65535 || last > 65535) return { ok: false, message: `"${text}": ports go from 0 to 65535.` };
  if (first > last)
    return { ok: false, message: `"${text}": the range starts after it ends; write ${last}-${first}.` };
  return { ok: true, ranges: [{ first, last }] };
}

/** True when one of the ranges contains `port`. */
export const portMatches = (ranges: readonly PortRange[], port: number): boolean =>
  ranges.some((range) => range.first <= port && port <= range.last);

/** Ephemeral source ports a connection may come from (any OS): the range a source-port match must cover. */
export const EPHEMERAL_PORTS: PortRange = { first: 1024, last: 65535 };

/**
 * How rule source ports match a connection from an unknown ephemeral port: `yes` when they cover all
 * of 1024–65535, `no` when they share none of it, else `unknown`.
 */
export function ephemeralMatch(ranges: readonly PortRange[]): 'yes' | 'no' | 'unknown' {
  const { first, last } = EPHEMERAL_PORTS;
  if (ranges.some((range) => range.first <= first && last <= range.last)) return 'yes';
  if (!ranges.some((range) => range.first <= last && first <= range.last)) return 'no';
  return 'unknown';
}
