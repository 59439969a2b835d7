import { Lexer, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { flowProof } from '../../../../test/helpers/flowProof.ts';
import { proveFlows, type FlowProof, type Proof } from '../../proof/index.ts';
import { examplePlan } from '../../../../test/helpers/rulePlans.ts';
import { generateBundle } from '../index.ts';
import { SCENARIO_NAMES, scenarioPlan } from '../../../../test/helpers/generators/scenarios.ts';
import { proofSection } from './proofSection.ts';

/** The first table of a Markdown document as a GFM parser reads it: header and rows of cell texts. */
function tableOf(markdown: string): { header: string[]; rows: string[][] } {
  const table = Lexer.lex(markdown, { gfm: true }).find(
    (token): token is Tokens.Table => token.type === 'table',
  );
  if (!table) throw new Error('no table');
  const text = (cell: Tokens.TableCell) => cell.tokens.map((token) => tokenText(token)).join('');
  return { header: table.header.map(text), rows: table.rows.map((row) => row.map(text)) };
}

/** The text a reader sees for an inline token (escapes resolved, emphasis and code without markers). */
function tokenText(token: Tokens.Generic): string {
  if (token.type === 'escape' || token.type === 'codespan') return String(token.text);
  if (Array.isArray(token.tokens))
    return token.tokens.map((inner) => tokenText(inner as Tokens.Generic)).join('');
  return String(token.text ?? token.raw);
}

const flow = (over: Partial<FlowProof>): FlowProof =>
  flowProof({
    flowId: 'out-aml-443',
    remote: 'AzureMachineLearning',
    reason: 'Allowed.',
    path: ['NSG nsg-a: Allow (100)', 'system route 0.0.0.0/0'],
    ...over,
  });

describe('README: the flows once deployed', () => {
  it('prints one table row per flow, each cell as written, whatever characters it holds', () => {
    const nasty = 'a|b *c* `d` <e> [f](g) \\h\nnext';
    const proof: Proof = {
      flows: [
        flow({ path: [`NSG ${nasty}`, 'Internet'] }),
        flow({
          flowId: 'out-storage-443',
          remote: 'Storage.eastus2',
          verdict: 'blocked',
          reason: `Rule ${nasty} denies it.`,
          deciding: { resource: 'NSG x', planPath: 'network.subnet.networkSecurityGroup.securityRules.0' },
        }),
      ],
    };
    const { header, rows } = tableOf(proofSection(proof).join('\n'));
    expect(header).toEqual(['flow', 'traffic', 'needed', 'verdict', 'path, or why not']);
    const flat = nasty.replace('\n', ' ');
    expect(rows).toEqual([
      [
        'out-aml-443',
        'outbound TCP 443 to AzureMachineLearning',
        'required',
        'reaches',
        `NSG ${flat} → Internet`,
      ],
      [
        'out-storage-443',
        'outbound TCP 443 to Storage.eastus2',
        'required',
        'blocked',
        `Rule ${flat} denies it. (change network.subnet.networkSecurityGroup.securityRules.0)`,
      ],
    ]);
    expect(proofSection(proof).join('\n')).toContain('1 required flow does not work once deployed');
  });

  it('is left out when the plan has no flows to follow', () => {
    expect(proofSection({ flows: [] })).toEqual([]);
  });

  it.each(SCENARIO_NAMES)('%s: the README lists every flow the proof follows, none failing', (name) => {
    const plan = scenarioPlan(name);
    const readme = generateBundle(plan).files.find((file) => file.name === 'README.md')?.content ?? '';
    const proof = proveFlows(plan);
    if (proof.flows.length === 0) {
      // Azure runs this compute's network (managed network, Databricks): there is nothing to follow.
      expect(readme).not.toContain('## Once deployed');
      return;
    }
    const section = readme.slice(readme.indexOf('## Once deployed'));
    const { rows } = tableOf(section);
    expect(rows.map((row) => row[0])).toEqual(proof.flows.map((f) => f.flowId));
    expect(rows.map((row) => row[3])).not.toContain('blocked');
    expect(section).toContain('No required flow is blocked');
  });

  it('says which flows fail for a broken plan', () => {
    const plan = examplePlan('broken/nsg-deny-priority-100');
    const readme = generateBundle(plan).files.find((file) => file.name === 'README.md')?.content ?? '';
    const { rows } = tableOf(readme.slice(readme.indexOf('## Once deployed')));
    const aml = rows.find((row) => row[0] === 'out-aml-443');
    expect(aml?.[3]).toBe('blocked');
    expect(aml?.[4]).toContain('DenyAllOutbound');
    expect(readme).toMatch(/\d+ required flows do not work once deployed/);
  });
});
