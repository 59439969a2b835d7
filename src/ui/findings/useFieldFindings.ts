import { useContext, useLayoutEffect } from 'react';
import type { Finding } from '../../core/index.ts';
import { fieldDomId } from './fieldDomId.ts';
import { FindingsUiContext, useFindingsSnapshot } from './FindingsContext.ts';
import { usePlanPath } from './PlanSection.tsx';

export interface FieldFindings {
  /** The field's plan path, e.g. "network.subnet.addressPrefix". */
  readonly path: string;
  /** DOM id for the field's control ({@link fieldDomId}). */
  readonly id: string;
  /** The most severe finding at exactly this path. */
  readonly finding: Finding | undefined;
  /** For a list field: the most severe finding at row `index` (`path.index`). */
  rowFinding(index: number): Finding | undefined;
}

/**
 * The findings a form field shows: its plan path comes from the nearest PlanSection and its form name. The field
 * is registered while on screen, so the step summary leaves its findings to it.
 */
export function useFieldFindings(name: string, list = false): FieldFindings {
  const path = usePlanPath(name);
  const { byPath } = useFindingsSnapshot();
  const ui = useContext(FindingsUiContext);
  useLayoutEffect(() => ui?.fields.register(path, list), [ui, path, list]);
  return {
    path,
    id: fieldDomId(path),
    finding: byPath.get(path)?.[0],
    rowFinding: (index) => byPath.get(`${path}.${index}`)?.[0],
  };
}
