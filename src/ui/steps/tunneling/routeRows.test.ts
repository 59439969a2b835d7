import { describe, expect, it } from 'vitest';
import { analyzeRoutes } from '../../../core/index.ts';
import { parsePlan, type PlanInput } from '../../../core/index.ts';
import example from '../../../../examples/compute-cluster.plan.json';
import { routeNotes, routeRow } from './routeRows.ts';

function plan(
  publicIp: boolean,
  routes: { name: string; addressPrefix: string; nextHopType: string; nextHopIpAddress?: string }[],
) {
  const { $schema: _link, ...raw } = example as PlanInput & { $schema?: string };
  const result = parsePlan({
    ...raw,
    compute: { ...raw.compute, publicIp },
    tunneling: { mode: 'none' },
    network: {
      ...raw.network!,
      subnet: {
        ...raw.network!.subnet!,
        routeTable: {
          name: 'rt',
          routes: routes.map(({ name, ...properties }) => ({ name, properties })),
        },
      },
    },
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.plan;
}

const tunnel = {
  name: 'default',
  addressPrefix: '0.0.0.0/0',
  nextHopType: 'VirtualAppliance',
  nextHopIpAddress: '10.0.0.4',
};
const amlBypass = { name: 'aml', addressPrefix: 'AzureMachineLearning', nextHopType: 'Internet' };

describe('routeRow', () => {
  it('names the next hop and its address', () => {
    expect(
      routeRow({
        name: 'default',
        properties: {
          addressPrefix: '0.0.0.0/0',
          nextHopType: 'VirtualAppliance',
          nextHopIpAddress: '10.0.0.4',
        },
      }),
    ).toEqual({
      name: 'default',
      addressPrefix: '0.0.0.0/0',
      nextHop: 'Virtual appliance 10.0.0.4',
    });
  });
});

describe('routeNotes', () => {
  const notes = (p: ReturnType<typeof plan>) => {
    const [analysis] = analyzeRoutes(p);
    if (!analysis) throw new Error('the compute subnet is analysed');
    return routeNotes(p, analysis).map((note) => note.intent);
  };

  it.each([
    ['no forced tunnel', plan(false, []), ['info']],
    ['a forced tunnel with the bypass', plan(true, [tunnel, amlBypass]), ['info']],
    ['a forced tunnel without the bypass, no public IP', plan(false, [tunnel]), ['info', 'warning']],
    ['a forced tunnel without the bypass, public IP', plan(true, [tunnel]), ['info', 'error']],
  ])('%s', (_, p, expected) => {
    expect(notes(p)).toEqual(expected);
  });
});
