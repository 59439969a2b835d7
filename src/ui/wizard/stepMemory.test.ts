import { describe, expect, it } from 'vitest';
import { rememberedStep, rememberStep, STEP_STORAGE_KEY } from './stepMemory.ts';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    items,
  };
}

const broken = {
  getItem: (): string | null => {
    throw new Error('SecurityError');
  },
  setItem: (): void => {
    throw new Error('QuotaExceededError');
  },
};

describe('step memory', () => {
  it('brings back the step that was kept, by its id', () => {
    const storage = memoryStorage();
    rememberStep(storage, 3);
    expect(storage.items.get(STEP_STORAGE_KEY)).toBe('subnet');
    expect(rememberedStep(storage)).toBe(3);
  });

  it('starts at the first step when nothing, or something unknown, is kept', () => {
    const storage = memoryStorage();
    expect(rememberedStep(storage)).toBe(0);
    storage.setItem(STEP_STORAGE_KEY, 'no-such-step');
    expect(rememberedStep(storage)).toBe(0);
    expect(rememberedStep(undefined)).toBe(0);
  });

  it('ignores storage that throws, and an index past the last step', () => {
    expect(rememberedStep(broken)).toBe(0);
    expect(() => rememberStep(broken, 2)).not.toThrow();
    const storage = memoryStorage();
    rememberStep(storage, 99);
    expect(storage.items.size).toBe(0);
  });
});
