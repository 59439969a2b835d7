import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { DOCS } from '../../../core/index.ts';
import { LearnMore } from './LearnMore.tsx';
import { regionDifference, type VnetInput } from './vnetForm.ts';

/** Says when the VNet's region differs from the workspace's and why that matters, with a one-click fix. */
export function RegionNotice({
  form,
  workspaceRegion,
}: {
  readonly form: UseFormReturn<VnetInput>;
  readonly workspaceRegion: string;
}) {
  const region = useWatch({ control: form.control, name: 'region' });
  const difference = regionDifference(region, workspaceRegion);
  // The notice goes away with the fix, so focus moves to the region box.
  const useWorkspaceRegion = () => {
    form.setValue('region', workspaceRegion, { shouldDirty: true, shouldValidate: true });
    form.setFocus('region');
  };
  if (!difference) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        {difference} <LearnMore href={DOCS.secureTraining} topic="compute and virtual network regions" />
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={useWorkspaceRegion}>Use {workspaceRegion}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
