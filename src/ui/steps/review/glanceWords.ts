import { isFailingVerdict, type FlowVerdict, type Proof } from '../../../core/index.ts';

/** How a fact at the top of the review reads: fine, worth a look, or in the way. */
export type GlanceTone = 'good' | 'warning' | 'bad';

/** One fact at the top of the review: what it is about, and in a few words how it stands. */
export interface GlanceFact {
  readonly term: string;
  readonly value: string;
  readonly tone: GlanceTone;
}

/** "All 13 allowed", or the part that needs a look: "3 of 13 denied". */
function share(total: number, bad: number, badWord: string, unsure: number, goodWord: string) {
  if (bad > 0) return { value: `${bad} of ${total} ${badWord}`, tone: 'bad' } as const;
  if (unsure > 0) return { value: `${unsure} of ${total} undecided`, tone: 'warning' } as const;
  return {
    value: total === 1 ? `The one flow ${goodWord}` : `All ${total} ${goodWord}`,
    tone: 'good',
  } as const;
}

/** The required flows through the subnet's NSG as the plan leaves it. */
export function flowsFact(flows: readonly FlowVerdict[]): GlanceFact {
  const term = 'Required flows';
  if (flows.length === 0) return { term, value: 'None to open', tone: 'good' };
  const count = (result: FlowVerdict['result']) => flows.filter((flow) => flow.result === result).length;
  return { term, ...share(flows.length, count('denied'), 'denied', count('unknown'), 'allowed') };
}

/** The flows followed through what the files deploy. */
export function proofFact(proof: Proof): GlanceFact {
  const term = 'Once deployed';
  const { flows } = proof;
  if (flows.length === 0) return { term, value: 'No flows to follow', tone: 'good' };
  const failing = flows.filter((flow) => isFailingVerdict(flow.verdict)).length;
  const unknown = flows.filter((flow) => flow.verdict === 'unknown').length;
  const words = share(flows.length, failing, 'fail', unknown, flows.length === 1 ? 'reaches' : 'reach');
  return { term, ...words };
}

/** The files to deploy: how many, or that they wait for the errors (`undefined`). */
export function filesFact(count: number | undefined): GlanceFact {
  const term = 'Files to deploy';
  if (count === undefined) return { term, value: 'Not until the errors are fixed', tone: 'bad' };
  return { term, value: `${count} ${count === 1 ? 'file' : 'files'}, ready below`, tone: 'good' };
}
