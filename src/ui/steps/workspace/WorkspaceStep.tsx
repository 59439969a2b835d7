import { Button } from '@fluentui/react-components';
import { memo, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { Controller, useWatch, type Control } from 'react-hook-form';
import type { Network } from '../../../core/index.ts';
import { ChoiceField } from '../../forms/ChoiceField.tsx';
import { ChoiceGroup } from '../../forms/ChoiceGroup.tsx';
import { validationProps } from '../../forms/fieldState.ts';
import { PlanSection } from '../../findings/PlanSection.tsx';
import { ResourceGroupField, SubscriptionField } from '../../forms/AccountFields.tsx';
import { FormGroup } from '../../forms/FormGroup.tsx';
import { RegionField } from '../../forms/RegionField.tsx';
import { SwitchField } from '../../forms/SwitchField.tsx';
import { TextField } from '../../forms/TextField.tsx';
import { useFormLayoutStyles } from '../../forms/formLayout.styles.ts';
import { useStepForm, type LazySchema } from '../../forms/useStepForm.ts';
import { retryingLoader } from '../../lazy/freshImport.ts';
import { lazyPart } from '../../lazy/lazyPart.ts';
import { PartBoundary } from '../../lazy/PartBoundary.tsx';
import { usePlanPart, usePlanStore } from '../../state/PlanStoreContext.ts';
import type { WorkspaceFormInput } from './privateLinkForm.ts';
import {
  endpointContext,
  workspaceFormValues,
  workspaceFromForm,
  type PlanFacts,
  type WorkspaceFormValues,
} from './privateLinkDraft.ts';
import { isolationChoices, managedModeChoices, placementChoices } from './workspaceChoices.ts';

// The hub and endpoint subnet fields are asked only for those placements, so their code stays out of the
// first load (the starting plan's endpoint is already in its VNet).
const PrivateEndpointFields = lazyPart(() => import('./PrivateEndpointFields.tsx'));
// Existing zones and the endpoints of the workspace's resources: asked for when a plan has them, a hub
// needs its zones linked, or the person opens them.
const PrivateLinkLists = lazyPart(() => import('./PrivateLinkLists.tsx'));
// The form's schema and the plan edit it commits, loaded when the step first judges a change: the first
// screen shows without the schema code.
const loadChecks = retryingLoader(() => import('./workspaceChecks.ts'));
type WorkspaceChecks = Awaited<ReturnType<typeof loadChecks>>;

type WorkspaceControl = Control<WorkspaceFormInput, unknown, WorkspaceFormValues>;

// Groups that depend only on the form's control (one object for the form's life) and the values they are given: the step's own
// re-renders (react-hook-form's once after mounting, a watched choice changing) pass them by.

/** Where the compute's network lives, and the managed network's mode. */
const IsolationFields = memo(function IsolationFields({
  control,
  isolation,
}: {
  readonly control: WorkspaceControl;
  readonly isolation: WorkspaceFormValues['isolation'];
}) {
  return (
    <FormGroup title="Network isolation">
      <ChoiceField
        control={control}
        name="isolation"
        label="Where the compute's network lives"
        choices={isolationChoices}
      />
      {isolation === 'managedVnet' && (
        <ChoiceField
          control={control}
          name="managedNetworkMode"
          label="Managed network mode"
          choices={managedModeChoices}
        />
      )}
    </FormGroup>
  );
});

/** Which workspace it is. */
const WorkspaceFields = memo(function WorkspaceFields({ control }: { readonly control: WorkspaceControl }) {
  return (
    <FormGroup title="Workspace" columns>
      <TextField control={control} name="name" label="Workspace name" required />
      <SubscriptionField
        control={control}
        name="subscriptionId"
        label="Subscription id"
        required
        placeholder="11111111-2222-3333-4444-555555555555"
      />
      <ResourceGroupField
        control={control}
        name="resourceGroup"
        subscriptionName="subscriptionId"
        label="Resource group"
        required
      />
      <RegionField
        control={control}
        name="region"
        label="Region"
        hint="ARM region name, such as eastus2."
        required
      />
    </FormGroup>
  );
});

/** How the compute reaches the workspace and its storage. */
const AccessFields = memo(function AccessFields({ control }: { readonly control: WorkspaceControl }) {
  return (
    <FormGroup title="Workspace access">
      <SwitchField
        control={control}
        name="privateEndpoint"
        label="Workspace private endpoint"
        hint="The compute reaches the workspace through a private endpoint in its network."
      />
      <SwitchField
        control={control}
        name="storageInVnet"
        label="Default storage secured in a virtual network"
        hint="The workspace's default storage account accepts traffic only from selected networks."
      />
      <SwitchField
        control={control}
        name="hbi"
        label="High business impact workspace"
        hint="Microsoft collects less diagnostic data and encrypts the compute's local scratch disk."
      />
    </FormGroup>
  );
});

/** Step 1: how the workspace is isolated, and which workspace it is. */
export function WorkspaceStep() {
  const store = usePlanStore();
  // The parts the endpoint choice depends on; the store keeps their objects while the workspace is edited.
  const compute = usePlanPart((plan) => plan.compute);
  const network = usePlanPart((plan) => plan.network);
  const styles = useFormLayoutStyles();
  const defaults = useMemo(() => workspaceFormValues(store.getState().plan.workspace), [store]);
  // Switching to a managed VNet and back restores the network planned before, not a default one.
  const lastNetwork = useRef<Network | undefined>(undefined);
  // The compute and network the endpoint's defaults depend on, as the plan has them now.
  const facts = useCallback((): PlanFacts => {
    const { compute, network } = store.getState().plan;
    return { compute, network };
  }, [store]);
  // Set once the schema has loaded, which comes before any value is judged valid and committed.
  const checks = useRef<WorkspaceChecks | undefined>(undefined);
  const schema = useMemo(
    (): LazySchema<WorkspaceFormInput, WorkspaceFormValues> => ({
      load: () =>
        loadChecks().then((loaded) => {
          checks.current = loaded;
          return loaded.workspaceFormSchema(facts);
        }),
    }),
    [facts],
  );
  const commit = useCallback(
    (values: WorkspaceFormValues) => {
      const withWorkspace = checks.current?.withWorkspace;
      if (!withWorkspace) return;
      void store.update((current) => {
        lastNetwork.current = current.network ?? lastNetwork.current;
        return withWorkspace(current, workspaceFromForm(values, facts()), lastNetwork.current);
      });
    },
    [store, facts],
  );
  const reads = useCallback(() => {
    const { compute, network } = store.getState().plan;
    return [compute, network];
  }, [store]);
  const { form, formProps } = useStepForm(schema, defaults, commit, reads);
  const { control } = form;
  const isolation = useWatch({ control, name: 'isolation' });
  const privateEndpoint = useWatch({ control, name: 'privateEndpoint' }) ?? false;
  const privateLink = useWatch({ control, name: 'privateLink' });
  const context = endpointContext({ isolation, privateEndpoint, privateLink }, { compute, network });
  const listed = privateLink.dnsZones.length + privateLink.resourceEndpoints.length > 0;
  // Once shown, the lists stay while the step is open, also after their last row is removed.
  const [listsOpened, openLists] = useState(listed);
  const showLists = listsOpened || listed || context.placement === 'hubVnet';

  return (
    <PlanSection path="workspace">
      <form {...formProps} className={styles.form}>
        <IsolationFields control={control} isolation={isolation} />
        <WorkspaceFields control={control} />
        <AccessFields control={control} />
        {context.applies && (
          <FormGroup title="Workspace private endpoint">
            {context.required && !privateEndpoint && (
              <p className={styles.note}>
                Compute without public IP addresses in a VNet the plan creates reaches the workspace only
                through a private endpoint, so the plan keeps one.
              </p>
            )}
            <Controller
              control={control}
              name="privateLink.placement"
              render={({ field, fieldState }) => (
                <ChoiceGroup
                  label="Where is the workspace’s private endpoint?"
                  choices={placementChoices}
                  {...validationProps(fieldState)}
                  name={field.name}
                  value={field.value ?? context.placement}
                  groupRef={field.ref}
                  onBlur={field.onBlur}
                  onChange={field.onChange}
                />
              )}
            />
            {(context.placement === 'hubVnet' || context.showsSubnet) && (
              <PartBoundary what="The private endpoint details">
                <Suspense fallback={<p>Loading the private endpoint details…</p>}>
                  <PrivateEndpointFields form={form} context={context} />
                </Suspense>
              </PartBoundary>
            )}
            {showLists ? (
              <PartBoundary what="The private DNS zones and endpoints">
                <Suspense fallback={<p>Loading the private DNS zones and endpoints…</p>}>
                  <PrivateLinkLists form={form} />
                </Suspense>
              </PartBoundary>
            ) : (
              <Button className={styles.more} onClick={() => openLists(true)}>
                Existing DNS zones, and endpoints for storage, key vault or registry
              </Button>
            )}
          </FormGroup>
        )}
      </form>
    </PlanSection>
  );
}
