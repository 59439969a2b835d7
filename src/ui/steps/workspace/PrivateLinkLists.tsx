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
import { useMemo, type ReactNode, type RefObject } from 'react';
import { Controller, useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import { FindingMessage } from '../../findings/FindingMessage.tsx';
import { fieldValidation } from '../../findings/fieldValidation.tsx';
import { useFieldFindings } from '../../findings/useFieldFindings.ts';
import { SelectField } from '../../forms/SelectField.tsx';
import { TextField } from '../../forms/TextField.tsx';
import { useRowFocus } from '../../forms/useRowFocus.ts';
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

interface EditableListProps {
  /** The list's plan path inside the step (`privateLink.dnsZones`): its findings and its DOM id. */
  readonly name: 'privateLink.dnsZones' | 'privateLink.resourceEndpoints';
  readonly title: string;
  readonly explanation: string;
  readonly emptyText: string;
  /** One key per row (useFieldArray's ids). */
  readonly keys: readonly string[];
  /** A row's fields; the list adds its remove button. */
  readonly row: (index: number) => ReactNode;
  /** What a row is called in its remove button: "zone" gives "Remove zone 2". */
  readonly noun: string;
  readonly onRemove: (index: number) => void;
  readonly addLabel: string;
  readonly onAdd: () => void;
  readonly addRef: RefObject<HTMLButtonElement | null>;
  /** Shown under the add button. */
  readonly children?: ReactNode;
}

/** A titled list of rows, each with a remove button, with its list-wide finding and an add button. */
function EditableList({
  name,
  title,
  explanation,
  emptyText,
  keys,
  row,
  noun,
  onRemove,
  addLabel,
  onAdd,
  addRef,
  children,
}: EditableListProps) {
  const list = useNetworkStepStyles();
  const { id } = useFieldFindings(name, true);
  return (
    <fieldset id={id} className={list.list}>
      <legend className={list.listTitle}>{title}</legend>
      <p className={list.explanation}>{explanation}</p>
      <ListFinding name={name} />
      {keys.length === 0 && <p className={list.empty}>{emptyText}</p>}
      {keys.length > 0 && (
        <ul className={list.rows}>
          {keys.map((key, index) => (
            <li key={key} className={list.row}>
              {row(index)}
              <Button
                className={list.removeButton}
                appearance="subtle"
                icon={<DeleteRegular />}
                aria-label={`Remove ${noun} ${index + 1}`}
                onClick={() => onRemove(index)}
              />
            </li>
          ))}
        </ul>
      )}
      <Button ref={addRef} className={list.addButton} icon={<AddRegular />} onClick={onAdd}>
        {addLabel}
      </Button>
      {children}
    </fieldset>
  );
}

function ExistingZones({ form }: { readonly form: Form }) {
  const styles = useStyles();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'privateLink.dnsZones' });
  const zones = useWatch({ control: form.control, name: 'privateLink.dnsZones' });
  const { addRef, afterAdd, afterRemove } = useRowFocus((index) =>
    form.setFocus(`privateLink.dnsZones.${index}.id`),
  );
  return (
    <EditableList
      name="privateLink.dnsZones"
      title="Existing private DNS zones"
      explanation="Zones that exist already, in a hub or another subscription. Each one is linked to this VNet, never created again: by the bundle when the zone is in the VNet’s resource group, otherwise as a step its README lists for the zone’s owner. The bundle creates the zones of its own endpoints that aren’t listed."
      emptyText="No existing zones listed."
      keys={fields.map((field) => field.id)}
      row={(index) => (
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
      )}
      noun="zone"
      onRemove={(index) => {
        afterRemove(index, fields.length - 1);
        remove(index);
      }}
      addLabel="Add an existing zone"
      onAdd={() => {
        afterAdd(fields.length);
        append({ id: '', linked: false });
      }}
      addRef={addRef}
    >
      <ZoneFinder
        listed={zones.map((zone) => zone.id)}
        onAdd={(zone) => append(zone, { shouldFocus: false })}
      />
    </EditableList>
  );
}

function ResourceEndpoints({ form }: { readonly form: Form }) {
  const list = useNetworkStepStyles();
  const styles = useStyles();
  const { fields, append, remove } = useFieldArray({
    control: form.control,
    name: 'privateLink.resourceEndpoints',
  });
  const endpoints = useWatch({ control: form.control, name: 'privateLink.resourceEndpoints' });
  const { addRef, afterAdd, afterRemove } = useRowFocus((index) =>
    form.setFocus(`privateLink.resourceEndpoints.${index}.groupId`),
  );
  return (
    <EditableList
      name="privateLink.resourceEndpoints"
      title="Private endpoints for the workspace’s resources"
      explanation="When the workspace’s storage account, key vault or container registry accept only private traffic, the bundle creates an endpoint for each in the endpoint subnet, with its private DNS zone."
      emptyText="No endpoints for the workspace’s resources."
      keys={fields.map((field) => field.id)}
      row={(index) => (
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
            placeholder={RESOURCE_ID_EXAMPLES[endpoints[index]?.groupId ?? 'blob']}
            required
          />
        </div>
      )}
      noun="endpoint"
      onRemove={(index) => {
        afterRemove(index, fields.length - 1);
        remove(index);
      }}
      addLabel="Add an endpoint"
      onAdd={() => {
        afterAdd(fields.length);
        append({ groupId: 'blob', resourceId: '' });
      }}
      addRef={addRef}
    />
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
