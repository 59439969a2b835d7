import type { ComputeKind } from '../../../core/index.ts';
import type { Choice } from '../../forms/ChoiceGroup.tsx';
import type { SelectOption } from '../../forms/SelectField.tsx';

export const computeKindChoices: readonly Choice<ComputeKind>[] = [
  {
    value: 'computeCluster',
    label: 'Compute cluster',
    description:
      'A managed pool of VMs that scales between a minimum and maximum node count for training jobs.',
  },
  {
    value: 'computeInstance',
    label: 'Compute instance',
    description:
      "A single managed VM for one person's notebooks and development; its network is fixed at creation.",
  },
  {
    value: 'serverless',
    label: 'Serverless compute',
    description:
      'Azure Machine Learning creates nodes for each job and removes them after; you set only size and limits.',
  },
  {
    value: 'databricks',
    label: 'Azure Databricks',
    description: 'Attach a Databricks workspace injected into two delegated subnets of your virtual network.',
  },
  {
    value: 'virtualMachine',
    label: 'Attached virtual machine',
    description: 'Attach an existing Ubuntu VM; Azure Machine Learning reaches it over SSH.',
  },
  {
    value: 'hdinsight',
    label: 'HDInsight',
    description: 'Attach an existing HDInsight cluster; Azure Machine Learning reaches it over SSH.',
  },
];

export const priorityChoices: readonly Choice<'dedicated' | 'lowPriority'>[] = [
  { value: 'dedicated', label: 'Dedicated' },
  { value: 'lowPriority', label: 'Low priority' },
];

export const osOptions: readonly SelectOption[] = [
  { value: 'ubuntu-24.04', label: 'Ubuntu 24.04' },
  { value: 'ubuntu-22.04', label: 'Ubuntu 22.04' },
  { value: 'ubuntu-20.04', label: 'Ubuntu 20.04' },
  { value: 'debian-12', label: 'Debian 12' },
  { value: 'rhel-9', label: 'Red Hat Enterprise Linux 9' },
  { value: 'windows-server-2022', label: 'Windows Server 2022' },
  { value: 'other', label: 'Other' },
];
