import { DOCS } from '../../catalog/docs.ts';
import {
  failingFlows,
  isFailingVerdict,
  proofDetail,
  proofTraffic,
  VERDICT_WORDS,
  type Proof,
} from '../../proof/index.ts';
import { markdownLink, markdownText } from './escape.ts';

/**
 * `## Once deployed`: the reachability proof as a Markdown table, one row per flow the compute needs:
 * the traffic, whether it is required, the verdict (failing ones in bold), and the path it takes (or, when
 * it doesn't simply reach, why and the plan field to change). Every cell goes through the Markdown escaper.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-access-azureml-behind-firewall
 */
export function proofSection(proof: Proof): string[] {
  if (proof.flows.length === 0) return [];
  const failing = failingFlows(proof).length;
  const lead =
    failing === 0
      ? `Every flow the compute needs was followed through what this bundle deploys plus what already exists (NSG rules in priority order, effective routes, the way out, private endpoint and DNS). No required flow is blocked; a flow marked "unknown" depends on something the plan cannot see, such as what your firewall allows: check it there.`
      : `Every flow the compute needs was followed through what this bundle deploys plus what already exists. ${failing === 1 ? '1 required flow does' : `${failing} required flows do`} not work once deployed: fix the plan and generate again.`;
  return [
    '## Once deployed: the flows the compute needs',
    '',
    `${lead} ${markdownLink('Required traffic', DOCS.firewall)}`,
    '',
    '| flow | traffic | needed | verdict | path, or why not |',
    '| --- | --- | --- | --- | --- |',
    ...proof.flows.map((flow) => {
      const verdict = markdownText(VERDICT_WORDS[flow.verdict]);
      const cells = [
        `\`${flow.flowId}\``,
        markdownText(proofTraffic(flow)),
        markdownText(flow.status),
        isFailingVerdict(flow.verdict) ? `**${verdict}**` : verdict,
        markdownText(proofDetail(flow)),
      ];
      return `| ${cells.join(' | ')} |`;
    }),
    '',
  ];
}
