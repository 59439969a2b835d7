import type { ResourceMode } from '../../../core/index.ts';
import type { Choice } from '../../forms/ChoiceGroup.tsx';

export const vnetModeChoices: readonly Choice<ResourceMode>[] = [
  {
    value: 'new',
    label: 'Create a new virtual network',
    description:
      'The generated deployment creates it with the address space below; pick ranges that won’t clash with networks you connect later.',
  },
  {
    value: 'existing',
    label: 'Use an existing virtual network',
    description:
      'The deployment only adds or updates the compute subnet in it; enter its real address space and subnets so overlaps are caught.',
  },
];
