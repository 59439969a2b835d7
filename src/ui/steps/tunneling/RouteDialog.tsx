import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { Route } from '../../../core/index.ts';
import { PlanSection } from '../../findings/PlanSection.tsx';
import { formParseOptions } from '../../forms/formErrors.ts';
import { useFormLayoutStyles } from '../../forms/formLayout.styles.ts';
import { SelectField } from '../../forms/SelectField.tsx';
import { TextField } from '../../forms/TextField.tsx';
import { EditDialog, EditDialogForm } from '../traffic/EditDialog.tsx';
import { applyRouteEdit, routeFormSchema, routeFormValues, type RouteFormValues } from './routeEdit.ts';
import { HOP_WORDS } from './routeRows.ts';

export interface RouteDialogProps {
  readonly open: boolean;
  /** The route being edited; undefined adds a new route. */
  readonly route: Route | undefined;
  /** Plan path of the route (or of the route to come), for findings on its fields. */
  readonly path: string;
  readonly table: string;
  /** The table's other routes (names must not clash with them). */
  readonly others: readonly Route[];
  /** The appliance a new route starts with: the one the plan already names. */
  readonly applianceIp: string | undefined;
  readonly onSave: (route: Route) => void;
  readonly onClose: () => void;
}

const hopOptions = (Object.keys(HOP_WORDS) as Route['properties']['nextHopType'][]).map((value) => ({
  value,
  label: HOP_WORDS[value],
}));

/** A dialog to add or edit one route of a route table, checked field by field as it is typed. */
export function RouteDialog({ open, formKey, ...props }: RouteDialogProps & { readonly formKey: number }) {
  return (
    <EditDialog open={open} onClose={props.onClose}>
      <RouteForm key={formKey} {...props} />
    </EditDialog>
  );
}

function RouteForm({
  route,
  path,
  table,
  others,
  applianceIp,
  onSave,
  onClose,
}: Omit<RouteDialogProps, 'open'>) {
  const layout = useFormLayoutStyles();
  const schema = useMemo(() => routeFormSchema(others, table), [others, table]);
  const defaultValues = useMemo(() => routeFormValues(route, applianceIp), [route, applianceIp]);
  const form = useForm<RouteFormValues>({
    mode: 'onChange',
    resolver: zodResolver(schema, formParseOptions),
    defaultValues,
  });
  const { control } = form;
  const hop = useWatch({ control, name: 'properties.nextHopType' });
  const save = form.handleSubmit((values) => onSave(applyRouteEdit(route, values)));

  return (
    <EditDialogForm
      title={route ? `Edit route ${route.name}` : `Add a route to ${table}`}
      saveLabel="Save route"
      onSubmit={save}
      onClose={onClose}
    >
      <PlanSection path={path}>
        <div className={layout.columns}>
          <TextField control={control} name="name" label="Route name" required />
          <TextField
            control={control}
            name="properties.addressPrefix"
            label="Address prefix"
            hint="Where the route applies: a CIDR prefix such as 0.0.0.0/0, or a service tag such as AzureMachineLearning."
            required
          />
          <SelectField
            control={control}
            name="properties.nextHopType"
            label="Next hop"
            options={hopOptions}
          />
          {hop === 'VirtualAppliance' && (
            <TextField
              control={control}
              name="properties.nextHopIpAddress"
              label="Next hop IP"
              hint="The appliance’s private IP, such as 10.0.0.4 for Azure Firewall."
              inputMode="decimal"
              required
            />
          )}
        </div>
      </PlanSection>
    </EditDialogForm>
  );
}
