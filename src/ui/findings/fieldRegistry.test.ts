import { describe, expect, it, vi } from 'vitest';
import { fieldDomId } from './fieldDomId.ts';
import { createFieldRegistry } from './fieldRegistry.ts';
import { formatReviewedDate } from './reviewedDate.ts';

describe('createFieldRegistry', () => {
  it('covers a field while it is registered, and a list field its rows', () => {
    const registry = createFieldRegistry();
    const listener = vi.fn();
    registry.subscribe(listener);
    const removePrefix = registry.register('network.subnet.addressPrefix', false);
    const removeSpace = registry.register('network.vnet.addressSpace', true);
    expect(registry.covers('network.subnet.addressPrefix')).toBe(true);
    expect(registry.covers('network.subnet.addressPrefix.0')).toBe(false);
    expect(registry.covers('network.vnet.addressSpace.2')).toBe(true);
    expect(registry.covers('network.subnet')).toBe(false);
    removePrefix();
    removeSpace();
    expect(registry.covers('network.subnet.addressPrefix')).toBe(false);
    expect(registry.covers('network.vnet.addressSpace.2')).toBe(false);
    expect(listener).toHaveBeenCalledTimes(4);
  });

  it('keeps a field registered twice until both are gone', () => {
    const registry = createFieldRegistry();
    const first = registry.register('compute.name', false);
    const second = registry.register('compute.name', false);
    const version = registry.version();
    first();
    expect(registry.covers('compute.name')).toBe(true);
    expect(registry.version()).toBeGreaterThan(version);
    second();
    expect(registry.covers('compute.name')).toBe(false);
  });
});

describe('fieldDomId', () => {
  it.each([
    ['network.subnet.addressPrefix', 'field-network-subnet-addressPrefix'],
    ['compute.ssh.port', 'field-compute-ssh-port'],
    ['network.vnet.addressSpace.0', 'field-network-vnet-addressSpace-0'],
  ])('%s → %s', (path, id) => {
    expect(fieldDomId(path)).toBe(id);
  });
});

describe('formatReviewedDate', () => {
  it.each([
    ['2026-11-26', '26 November 2026'],
    ['2027-01-05', '5 January 2027'],
    ['2026-13-01', '2026-13-01'],
    ['soon', 'soon'],
  ])('%s → %s', (iso, text) => {
    expect(formatReviewedDate(iso)).toBe(text);
  });
});
