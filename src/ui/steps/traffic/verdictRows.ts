import { describeRule, type FlowResult, type FlowVerdict } from '../../../core/index.ts';

/** One required flow and the simulator's verdict, in words. */
export interface VerdictRow {
  readonly id: string;
  /** "TCP 443 to AzureMachineLearning" / "TCP 44224 from AzureMachineLearning". */
  readonly traffic: string;
  readonly why: string;
  readonly result: FlowResult;
  readonly resultText: string;
  /** The deciding rule, or why nothing decided it. */
  readonly decidedBy: string;
}

const RESULT_WORDS: Record<FlowResult, string> = {
  allowed: 'Allowed',
  denied: 'Denied',
  unknown: 'Unknown',
};

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The simulator's verdicts of one direction as table rows, in catalogue order. */
export function verdictRows(flows: readonly FlowVerdict[], direction: 'Inbound' | 'Outbound'): VerdictRow[] {
  return flows
    .filter((verdict) => verdict.flow.direction === direction)
    .map(({ flow, result, rule, note }) => ({
      id: flow.id,
      traffic: `${flow.protocol.toUpperCase()} ${flow.port} ${direction === 'Outbound' ? 'to' : 'from'} ${flow.remote}`,
      why: flow.why,
      result,
      resultText: RESULT_WORDS[result],
      decidedBy: rule ? capitalize(describeRule(rule)) : (note ?? 'No rule decides it.'),
    }));
}
