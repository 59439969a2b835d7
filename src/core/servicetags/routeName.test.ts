import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameProblem, networkChildNameRule } from '../model/index.ts';
import { routeName, uniqueRouteNames } from './routeName.ts';

const routeRule = networkChildNameRule('route name');

describe('routeName', () => {
  it.each([
    [
      'BatchNodeManagement.USGovVirginia',
      '20.140.91.96/27',
      'BatchNodeManagement.USGovVirginia-20.140.91.96_27',
    ],
    ['AzureMachineLearning', '51.55.23.73/32', 'AzureMachineLearning-51.55.23.73_32'],
    ['Tag with spaces/slash', '10.0.0.0/8', 'Tag_with_spaces_slash-10.0.0.0_8'],
    ['.leadingDot', '10.0.0.0/8', 'r.leadingDot-10.0.0.0_8'],
    ['', '10.0.0.0/8', 'route-10.0.0.0_8'],
  ])('names %j %s as %s', (tag, prefix, expected) => {
    expect(routeName(tag, prefix)).toBe(expected);
    expect(nameProblem(routeRule, expected)).toBeUndefined();
  });

  it('shortens long tags to fit 80 characters and keeps the prefix whole', () => {
    const name = routeName('A'.repeat(100), '255.255.255.255/32');
    expect(name).toHaveLength(80);
    expect(name.endsWith('-255.255.255.255_32')).toBe(true);
  });

  it('always gives a legal route name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.string({ maxLength: 30 }), (tag, prefix) => {
        expect(nameProblem(routeRule, routeName(tag, prefix))).toBeUndefined();
      }),
    );
  });
});

describe('uniqueRouteNames', () => {
  it('numbers names that would clash, case-insensitively, in input order', () => {
    const long = 'X'.repeat(70);
    const names = uniqueRouteNames([
      { tag: `${long}a`, prefix: '10.0.0.0/8' },
      { tag: `${long}A`, prefix: '10.0.0.0/8' },
      { tag: `${long}b`, prefix: '10.0.0.0/8' },
    ]);
    expect(names[0]).toBe(`${long.slice(0, 69)}-10.0.0.0_8`);
    expect(names[1]).toBe(`${long.slice(0, 67)}-10.0.0.0_8-2`);
    expect(names[2]).toBe(`${long.slice(0, 67)}-10.0.0.0_8-3`);
    for (const name of names) expect(nameProblem(routeRule, name)).toBeUndefined();
  });
});
