import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { type FieldPath, type FieldValues, type PathValue, type UseFormReturn } from 'react-hook-form';
import { DOCS } from '../../../core/index.ts';
import { FormGroup } from '../../forms/FormGroup.tsx';
import { Explanation } from '../vnet/Explanation.tsx';
import { TextListField } from '../vnet/TextListField.tsx';
import { DATABRICKS_DELEGATION } from './subnetForm.ts';
import { subnetPath, type SubnetBase } from './subnetPaths.ts';

export interface DelegationsFieldProps<T extends FieldValues> {
  readonly form: UseFormReturn<T>;
  readonly base: SubnetBase;
  readonly delegations: readonly string[];
  readonly databricks: boolean;
}

/**
 * The services the subnet is delegated to: none for Azure Machine Learning compute, exactly
 * Microsoft.Databricks/workspaces for the Azure Databricks subnets.
 */
export function DelegationsField<T extends FieldValues>({
  form,
  base,
  delegations,
  databricks,
}: DelegationsFieldProps<T>) {
  const name = subnetPath<T>(base, 'delegations');
  const missing = databricks && !delegations.includes(DATABRICKS_DELEGATION);
  // The warning goes away with the fix, so focus moves to the new row once it is shown.
  const focusRow = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (focusRow.current === undefined) return;
    form.setFocus(subnetPath<T>(base, `delegations.${focusRow.current}`));
    focusRow.current = undefined;
  });
  const addDelegation = () => {
    focusRow.current = delegations.length;
    form.setValue(name, [...delegations, DATABRICKS_DELEGATION] as PathValue<T, FieldPath<T>>, {
      shouldDirty: true,
      shouldValidate: true,
    });
  };
  return (
    <FormGroup title="Delegation">
      <Explanation
        docUrl={databricks ? DOCS.databricksVnet : DOCS.secureTraining}
        topic={databricks ? 'Azure Databricks subnet delegation' : 'subnet requirements for training compute'}
      >
        Delegating a subnet hands it over to one Azure service.{' '}
        {databricks
          ? `Azure Databricks must manage its subnets, so each must be delegated to ${DATABRICKS_DELEGATION}.`
          : 'Azure Machine Learning compute needs a subnet that is not delegated, so leave this empty.'}{' '}
        For an existing subnet, list the delegations it has.
      </Explanation>
      <TextListField
        form={form}
        name={name}
        title="Delegations"
        itemLabel="Delegation"
        addLabel="Add delegation"
        placeholder={DATABRICKS_DELEGATION}
        emptyText="None: the subnet is not delegated."
      />
      {missing && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            Azure Databricks can’t use this subnet until it is delegated to {DATABRICKS_DELEGATION}.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={addDelegation}>Add the delegation</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {!databricks && delegations.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            Azure Machine Learning compute can’t use a delegated subnet: remove the delegation, or choose
            another subnet.
          </MessageBarBody>
        </MessageBar>
      )}
    </FormGroup>
  );
}
