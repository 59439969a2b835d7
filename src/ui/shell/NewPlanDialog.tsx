import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Fragment, useId, useRef, useState, type FormEvent } from 'react';
import type { SchemaError } from '../../core/index.ts';
import { useFormLayoutStyles } from '../forms/formLayout.styles.ts';
import { regionSuggestions } from '../forms/regionSuggestions.ts';
import { SuggestionList, type Suggestions } from '../forms/SuggestField.tsx';
import type { LazyDialogProps } from '../share/LazyDialogButton.tsx';
import { loadPlan } from '../share/loadPlan.ts';
import { useAnnouncePlanLoad } from '../share/planLoad.ts';
import { usePlanStore } from '../state/PlanStoreContext.ts';
import { identityProblems, newPlan, type PlanIdentity } from '../state/newPlan.ts';
import { ProblemList } from './ProblemList.tsx';

export interface NewPlanDialogProps extends LazyDialogProps {
  /** Called once the new plan is the plan: the wizard opens its first step. */
  readonly onCreated: () => void;
}

const useStyles = makeStyles({
  surface: { maxWidth: '40rem' },
  content: { display: 'grid', gap: tokens.spacingVerticalL },
  text: { margin: 0 },
});

type Problems = Partial<Record<keyof PlanIdentity, string>>;

interface IdentityField {
  readonly key: keyof PlanIdentity;
  readonly label: string;
  readonly hint: string;
  /** Said when the box is left empty. */
  readonly empty: string;
  readonly placeholder?: string;
  /** A catalogue the box suggests from, which also names the value typed. */
  readonly suggestions?: Suggestions;
}

const FIELDS: readonly IdentityField[] = [
  {
    key: 'name',
    label: 'Workspace name',
    hint: 'The Azure Machine Learning workspace the compute belongs to, new or existing.',
    empty: 'Enter the name of your workspace.',
  },
  {
    key: 'subscriptionId',
    label: 'Subscription id',
    hint: 'A GUID. The portal shows it under Subscriptions; in a shell, az account show --query id prints it.',
    empty: 'Enter the id of the subscription that holds the workspace.',
    placeholder: 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
  },
  {
    key: 'resourceGroup',
    label: 'Resource group',
    hint: 'The workspace’s resource group; the new virtual network goes there too.',
    empty: 'Enter the resource group of the workspace.',
  },
  {
    key: 'region',
    label: 'Region',
    hint: 'ARM region name in lower case, such as westeurope.',
    empty: 'Enter the region of the workspace, such as westeurope.',
    suggestions: regionSuggestions,
  },
];

const EMPTY: PlanIdentity = { name: '', subscriptionId: '', resourceGroup: '', region: '' };

/** The identity as it goes into the plan: without spaces around the values. */
const trimmed = (identity: PlanIdentity): PlanIdentity => ({
  name: identity.name.trim(),
  subscriptionId: identity.subscriptionId.trim(),
  resourceGroup: identity.resourceGroup.trim(),
  region: identity.region.trim(),
});

/** What is wrong with each field of `identity` (a field without a problem is absent). */
function problemsOf(identity: PlanIdentity): Problems {
  const result = newPlan(identity);
  const problems: Problems = result.ok ? {} : identityProblems(result.errors);
  for (const field of FIELDS) if (identity[field.key] === '') problems[field.key] = field.empty;
  return problems;
}

/**
 * "New plan": asks only what the person alone knows (the workspace, its subscription, resource group and
 * region) and starts a plan for it on the recommended setup, with nothing made up in it. The plan it replaces
 * can be brought back with the notice's Undo. Loaded on demand.
 */
export default function NewPlanDialog({ open, onOpenChange, close, onCreated }: NewPlanDialogProps) {
  const styles = useStyles();
  const layout = useFormLayoutStyles();
  const store = usePlanStore();
  const announce = useAnnouncePlanLoad();
  const formId = useId();
  const [identity, setIdentity] = useState<PlanIdentity>(EMPTY);
  // Problems show from the first try to create the plan on, then follow the typing. Not on leaving a box:
  // a message appearing as focus leaves would move the buttons under the pointer.
  const [tried, setTried] = useState(false);
  const [rejected, setRejected] = useState<readonly SchemaError[]>([]);
  const inputs = useRef<Partial<Record<keyof PlanIdentity, HTMLInputElement | null>>>({});
  const problems = problemsOf(trimmed(identity));

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const first = FIELDS.find((field) => problems[field.key] !== undefined);
    if (first) {
      setTried(true);
      inputs.current[first.key]?.focus();
      return;
    }
    const own = trimmed(identity);
    const result = newPlan(own);
    if (!result.ok) {
      setRejected(result.errors);
      return;
    }
    await store.checksLoaded();
    const notice = loadPlan(store, result.plan, {
      title: `Started a new plan for ${own.name}`,
      detail:
        'Every step holds the recommended setup for your workspace. Go through the steps and change what differs in your network.',
    });
    if (notice.kind === 'rejected') {
      setRejected(notice.errors);
      return;
    }
    announce(notice);
    setIdentity(EMPTY);
    setTried(false);
    setRejected([]);
    close();
    onCreated();
  };

  return (
    <Dialog open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <DialogSurface className={styles.surface} aria-describedby={`${formId}-intro`}>
        <form id={formId} noValidate onSubmit={(event) => void create(event)}>
          <DialogBody>
            <DialogTitle>Start a new plan</DialogTitle>
            <DialogContent className={styles.content}>
              <p id={`${formId}-intro`} className={styles.text}>
                Enter the workspace this plan is for. The plan starts on the recommended setup: a compute
                cluster without public IPs in a new virtual network named after the workspace, a private
                endpoint to the workspace, and outbound traffic limited to the required service tags through a
                NAT gateway. Change any of it in the steps.
              </p>
              <div className={layout.columns}>
                {FIELDS.map((field) => {
                  const problem = tried ? problems[field.key] : undefined;
                  const listId = field.suggestions && `${formId}-${field.key}-options`;
                  return (
                    <Fragment key={field.key}>
                      <Field
                        label={field.label}
                        hint={field.suggestions?.describe(identity[field.key].trim()) ?? field.hint}
                        required
                        validationState={problem ? 'error' : 'none'}
                        validationMessage={problem}
                      >
                        <Input
                          ref={(element) => {
                            inputs.current[field.key] = element;
                          }}
                          value={identity[field.key]}
                          placeholder={field.placeholder}
                          list={listId}
                          autoComplete="off"
                          spellCheck={false}
                          onChange={(_, data) => setIdentity((now) => ({ ...now, [field.key]: data.value }))}
                        />
                      </Field>
                      {field.suggestions && listId && (
                        <SuggestionList id={listId} suggestions={field.suggestions} />
                      )}
                    </Fragment>
                  );
                })}
              </div>
              {rejected.length > 0 && (
                <ProblemList label="Why the plan could not be started" errors={rejected} />
              )}
              <p className={styles.text}>
                It replaces the plan in the wizard; the notice that follows lets you undo.
              </p>
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary">
                Create plan
              </Button>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="secondary">Cancel</Button>
              </DialogTrigger>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
