import { Button } from '@fluentui/react-components';
import { applyRouteFix, fixFor, routeFixes } from '../../core/flows/routeFixes.ts';
import type { Finding } from '../../core/index.ts';
import { useServiceTags } from '../servicetags/useServiceTags.ts';
import { usePlan, usePlanStore } from '../state/PlanStoreContext.ts';
import { useFindings } from './FindingsContext.ts';

export interface RouteFixButtonProps {
  readonly finding: Finding;
  /** The id of the finding's message, which says what the routes are for. */
  readonly describedBy: string;
  /** Called once the routes are in the plan (the card and its button go with the finding). */
  readonly onFixed: () => void;
}

/**
 * "Add the route" on a finding's card: the routes its route table lacks, added in one click, exactly as the
 * table on the Tunnelling step offers them (`routeFixes`). Nothing when the fix isn't certain. Loaded only
 * for findings of the rules a route settles, since the route analysis isn't part of the first screen.
 */
export default function RouteFixButton({ finding, describedBy, onFixed }: RouteFixButtonProps) {
  const store = usePlanStore();
  const plan = usePlan();
  const findings = useFindings();
  const file = useServiceTags()?.file;
  const fix = fixFor(routeFixes(plan, findings, file), finding);
  if (!fix) return null;
  const names = fix.routes.map((route) => route.name).join(', ');
  return (
    <Button
      size="small"
      appearance="primary"
      aria-describedby={describedBy}
      title={`Adds ${names} to the route table`}
      onClick={() => {
        store.update((current) => {
          // The plan as it is now: settle what is still missing, with names the table doesn't have.
          const now = fixFor(routeFixes(current, findings, file), finding);
          return now ? applyRouteFix(current, now) : current;
        });
        onFixed();
      }}
    >
      {fix.routes.length === 1 ? 'Add the route' : `Add the ${fix.routes.length} routes`}
    </Button>
  );
}
