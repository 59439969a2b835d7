import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  makeStyles,
  mergeClasses,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useRef } from 'react';
import { Controller, useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import { FindingMessage } from '../../findings/FindingMessage.tsx';
import { fieldValidation } from '../../findings/fieldValidation.tsx';
import { useFieldFindings } from '../../findings/useFieldFindings.ts';
import { SelectField } from '../../forms/SelectField.tsx';
import { TextField } from '../../forms/TextField.tsx';
import { usePlan } from '../../state/PlanStoreContext.ts';
import { useNetworkStepStyles } from '../vnet/networkStep.styles.ts';
import { RESOURCE_ID_EXAMPLES, groupIdOptions, zoneLines, type EndpointChoice } from './privateLinkLists.ts';
import type { WorkspaceFormInput } from './privateLinkForm.ts';
import { ZoneFinder } from './ZoneFinder.tsx';
import { EndpointFinder } from './EndpointFinder.tsx';

type Form = UseFormReturn<WorkspaceFormInput>;

const useStyles = makeStyles({
  zones: {
    display: 'grid',
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  zoneName: {
    ...typographyStyles.body1Strong,
    overflowWrap: 'anywhere',
  },
  zoneAction: {
    ...typographyStyles.body1,
    color: tokens.colorNeutralForeground2,
  },
  zoneProblem: {
    ...typographyStyles.body1,
    color: tokens.colorPaletteRedForeground1,
  },
  rowFields: {
    display: 'grid',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  // A message quoting a resource id has no spaces to wrap at: it wraps anywhere, inside its column.
  wraps: {
    minWidth: 0,
    overflowWrap: 'anywhere',
    '& > *': { minWidth: 0 },
  },
});

/**
 * Moves focus after a row is added or removed: to the new row's first box, to the removed row's
 * neighbour, or to the add button when the list is empty.
 */
function useRowFocus(form: Form, first: (index: number) => Parameters<Form['setFocus']>[0]) {
  const addRef = useRef<HTMLButtonElement>(null);
  const next = useRef<number | 'add' | undefined>(undefined);
  useEffect(() => {
    const target = next.current;
    next.current = undefined;
    if (target === 'add') addRef.current?.focus();
    else if (target !== undefined) form.setFocus(first(target));
  });
  return {
    addRef,
    focusRow: (index: number) => (next.current = index),
    focusAfterRemove: (index: number, left: number) =>
      (next.current = left === 0 ? 'add' : Math.min(index, left - 1)),
  };
}

/** A finding about a whole list (not one row), shown at the top of the list. */
function ListFinding({ name }: { readonly name: string }) {
  const { finding } = useFieldFindings(name, true);
  if (!finding || finding.severity === 'info') return null;
  return (
    <MessageBar intent={finding.severity} layout="multiline">
      <MessageBarBody>
        <FindingMessage finding={finding} />
      </MessageBarBody>
    </MessageBar>
  );
}

/** What the bundle does with each private DNS zone the endpoints need. */
function ZoneSummary() {
  const plan = usePlan();
  const styles = useStyles();
  const list = useNetworkStepStyles();
  const lines = useMemo(() => zoneLines(plan), [plan]);
  if (lines.length === 0) return null;
  return (
    <div>
      <p className={list.listTitle}>Private DNS zones these endpoints need</p>
      <ul className={styles.zones}>
        {lines.map((line) => (
          <li key={line.name}>
            <span className={styles.zoneName}>{line.name}</span> ({line.usedBy}):{' '}
            <span className={line.problem ? styles.zoneProblem : styles.zoneAction}>{line.action}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function LinkedCheckbox({ form, index }: { readonly form: Form; readonly index: number }) {
  const name = `privateLink.dnsZones.${index}.linked` as const;
  const { id, finding } = useFieldFindings(name);
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field, fieldState }) => (
        <Field {...fieldValidation(fieldState.error?.message, finding)}>
          <Checkbox
            ref={field.ref}
            id={id}
            name={field.name}
            label="Already linked to this VNet"
            checked={field.value === true}
            onBlur={field.onBlur}
            onChange={(_, data) => field.onChange(data.checked === true)}
          />
        </Field>
      )}
    />
  );
}

function ExistingZones({ form }: { readonly form: Form }) {
  const list = useNetworkStepStyles();
  const styles = useStyles();
  const { id } = useFieldFindings('privateLink.dnsZones', true);
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'privateLink.dnsZones' });
  const zones = useWatch({ control: form.control, name: 'privateLink.dnsZones' });
  const { addRef, focusRow, focusAfterRemove } = useRowFocus(
    form,
    (index) => `privateLink.dnsZones.${index}.id`,
  );
  return (
    <fieldset id={id} className={list.list}>
      <legend className={list.listTitle}>Existing private DNS zones</legend>
      <p className={list.explanation}>
        Zones that exist already, in a hub or another subscription. Each one is linked to this VNet, never
        created again: by the bundle when the zone is in the VNet’s resource group, otherwise as a step its
        README lists for the zone’s owner. The bundle creates the zones of its own endpoints that aren’t
        listed.
      </p>
      <ListFinding name="privateLink.dnsZones" />
      {fields.length === 0 && <p className={list.empty}>No existing zones listed.</p>}
      {fields.length > 0 && (
        <ul className={list.rows}>
          {fields.map((field, index) => (
            <li key={field.id} className={list.row}>
              <div className={mergeClasses(styles.rowFields, styles.wraps)}>
                <TextField
                  control={form.control}
                  name={`privateLink.dnsZones.${index}.id`}
                  label={`Zone ${index + 1} resource id`}
                  placeholder="/subscriptions/…/resourceGroups/…/providers/Microsoft.Network/privateDnsZones/…"
                  required
                />
                <LinkedCheckbox form={form} index={index} />
              </div>
              <Button
                className={list.removeButton}
                appearance="subtle"
                icon={<DeleteRegular />}
                aria-label={`Remove zone ${index + 1}`}
                onClick={() => {
                  focusAfterRemove(index, fields.length - 1);
                  remove(index);
                }}
              />
            </li>
          ))}
        </ul>
      )}
      <Button
        ref={addRef}
        className={list.addButton}
        icon={<AddRegular />}
        onClick={() => {
          focusRow(fields.length);
          append({ id: '', linked: false });
        }}
      >
        Add an existing zone
      </Button>
      <ZoneFinder
        listed={zones.map((zone) => zone.id)}
        onAdd={(zone) => append(zone, { shouldFocus: false })}
      />
    </fieldset>
  );
}

function ResourceEndpoints({ form }: { readonly form: Form }) {
  const list = useNetworkStepStyles();
  const styles = useStyles();
  const { id } = useFieldFindings('privateLink.resourceEndpoints', true);
  const { fields, append, remove } = useFieldArray({
    control: form.control,
    name: 'privateLink.resourceEndpoints',
  });
  const groupIds = useWatch({ control: form.control, name: 'privateLink.resourceEndpoints' });
  const { addRef, focusRow, focusAfterRemove } = useRowFocus(
    form,
    (index) => `privateLink.resourceEndpoints.${index}.groupId`,
  );
  return (
    <fieldset id={id} className={list.list}>
      <legend className={list.listTitle}>Private endpoints for the workspace’s resources</legend>
      <p className={list.explanation}>
        When the workspace’s storage account, key vault or container registry accept only private traffic, the
        bundle creates an endpoint for each in the endpoint subnet, with its private DNS zone.
      </p>
      <ListFinding name="privateLink.resourceEndpoints" />
      {fields.length === 0 && <p className={list.empty}>No endpoints for the workspace’s resources.</p>}
      {fields.length > 0 && (
        <ul className={list.rows}>
          {fields.map((field, index) => (
            <li key={field.id} className={list.row}>
              <div className={mergeClasses(list.pairFields, styles.wraps)}>
                <SelectField
                  control={form.control}
                  name={`privateLink.resourceEndpoints.${index}.groupId`}
                  label={`Endpoint ${index + 1} for`}
                  options={groupIdOptions}
                />
                <TextField
                  control={form.control}
                  name={`privateLink.resourceEndpoints.${index}.resourceId`}
                  label={`Endpoint ${index + 1} resource id`}
                  placeholder={RESOURCE_ID_EXAMPLES[groupIds[index]?.groupId ?? 'blob']}
                  required
                />
              </div>
              <Button
                className={list.removeButton}
                appearance="subtle"
                icon={<DeleteRegular />}
                aria-label={`Remove endpoint ${index + 1}`}
                onClick={() => {
                  focusAfterRemove(index, fields.length - 1);
                  remove(index);
                }}
              />
            </li>
          ))}
        </ul>
      )}
      <Button
        ref={addRef}
        className={list.addButton}
        icon={<AddRegular />}
        onClick={() => {
          focusRow(fields.length);
          append({ groupId: 'blob', resourceId: '' });
        }}
      >
        Add an endpoint
      </Button>
    </fieldset>
  );
}

/**
 * The existing private DNS zones the bundle links, and the endpoints it creates for the workspace's
 * storage, key vault and registry, as editable lists, with what the bundle does with each zone.
 */
export default function PrivateLinkLists({ form }: { readonly form: Form }) {
  const chosen = useWatch({ control: form.control, name: 'privateLink.endpointId' });
  const choose = (choice: EndpointChoice) => {
    const options = { shouldDirty: true, shouldValidate: true } as const;
    form.setValue('privateLink.placement', choice.placement, options);
    if (choice.hubVnetId !== undefined) form.setValue('privateLink.hubVnetId', choice.hubVnetId, options);
    form.setValue('privateLink.endpointId', choice.endpointId, options);
  };
  return (
    <>
      <EndpointFinder chosen={chosen} onChoose={choose} />
      <ZoneSummary />
      <ExistingZones form={form} />
      <ResourceEndpoints form={form} />
    </>
  );
}
