import { DOCS } from '../../catalog/docs.ts';
import { failingFlows, proofTable, VERDICT_WORDS, type Proof } from '../../proof/index.ts';
import { markdownLink, markdownText } from './escape.ts';

/** The verdicts of a flow that does not work once deployed, shown in bold. */
const FAILING = new Set([VERDICT_WORDS.blocked, VERDICT_WORDS.noWayOut, VERDICT_WORDS.nameWontResolve]);

/**
 * `## Once deployed`: the reachability proof as a Markdown table, one row per flow the compute needs:
 * the traffic, whether it is required, the verdict, and the path it takes (or, when it doesn't simply
 * reach, why and the plan field to change). Every cell goes through the Markdown escaper.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-access-azureml-behind-firewall
 */
export function proofSection(proof: Proof): string[] {
  if (proof.flows.length === 0) return [];
  const [, ...rows] = proofTable(proof);
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
    ...rows.map(
      ([
        flow = '',
        direction = '',
        traffic = '',
        remote = '',
        needed = '',
        verdict = '',
        path = '',
        why = '',
      ]) => {
        const detail = verdict === 'reaches' || why === '' ? path : why;
        const cells = [
          `\`${flow}\``,
          markdownText(`${direction} ${traffic} ${direction === 'outbound' ? 'to' : 'from'} ${remote}`),
          markdownText(needed),
          FAILING.has(verdict) ? `**${markdownText(verdict)}**` : markdownText(verdict),
          markdownText(detail),
        ];
        return `| ${cells.join(' | ')} |`;
      },
    ),
    '',
  ];
}
