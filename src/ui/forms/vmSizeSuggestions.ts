import { VM_SIZES, vmSizeByName, type VmSize } from '../../core/index.ts';
import type { Suggestions } from './SuggestField.tsx';

/** "1 × NVIDIA T4", for the suggestion's label. */
const gpuCount = (size: VmSize) => size.gpus && `${size.gpus.count} × ${size.gpus.model}`;

/** "1 NVIDIA T4 GPU" (the count kept with its GPUs on one line), for the sentence below the box. */
const gpuWords = ({ gpus }: VmSize) =>
  gpus ? `, ${gpus.count}\u00a0${gpus.model} GPU${gpus.count === 1 ? '' : 's'}` : '';

/**
 * The VM sizes of the catalogue Azure still offers: the ARM name is what the box takes, and the label says
 * what it is ("DSv2-series · 4 vCPUs · 14 GiB", GPU sizes with their GPUs). A retired size typed in is
 * described as retired.
 */
export const vmSizeSuggestions: Suggestions = {
  options: VM_SIZES.filter((size) => !size.retired).map((size) => ({
    value: size.armName,
    label: [size.series, `${size.vCpus} vCPUs`, `${size.memoryGiB} GiB`, gpuCount(size)]
      .filter(Boolean)
      .join(' · '),
  })),
  describe(value) {
    // Any case, as Azure accepts it.
    const size = vmSizeByName(value);
    if (!size) return undefined;
    if (size.retired) return `${size.series}: retired by Azure, choose another size.`;
    const kind = size.category === 'GPU' ? 'GPU' : size.category.toLowerCase();
    return `${size.series}, ${kind}: ${size.vCpus} vCPUs, ${size.memoryGiB} GiB of memory${gpuWords(size)}.`;
  },
};
