/**
 * VM sizes people commonly choose for Azure Machine Learning training compute, with what the wizard shows
 * of each: its series, what it is optimised for, vCPUs, memory and GPUs. The list names the usual sizes, not
 * every size Azure offers: a size missing from it is not wrong (the `vm-size-unknown` rule says so, as a
 * warning), and which sizes a region offers a subscription only Azure can tell.
 *
 * Figures are those of each series' Microsoft Learn page ("Sizes in series", "Basics" and "Accelerators"
 * tabs). Some of those pages head the memory column "GB"; the figures are the GiB the older pages and the
 * newer ones of other series give for the same sizes.
 *
 * @see https://learn.microsoft.com/azure/virtual-machines/sizes/overview
 */

/** What a size is optimised for, as the VM sizes overview groups the series. */
export type VmSizeCategory = 'General purpose' | 'Compute optimised' | 'Memory optimised' | 'GPU';

export interface VmSize {
  /** The ARM name, as Microsoft spells it: `Standard_DS3_v2`. Azure accepts it in any case. */
  readonly armName: string;
  /** The series, as its Microsoft Learn page names it: "DSv2-series". */
  readonly series: string;
  readonly category: VmSizeCategory;
  readonly vCpus: number;
  readonly memoryGiB: number;
  /** Whole GPUs of the size and their model; absent for a size without GPUs. */
  readonly gpus?: { readonly count: number; readonly model: string };
  /** For a size Azure has retired: when, the size Microsoft recommends instead, and the page saying so. */
  readonly retired?: VmSizeRetirement;
}

/** A size's retirement, as its Microsoft Learn migration guide gives it (`vm-size-retired` links the guide). */
export interface VmSizeRetirement {
  /** The retirement day, as an ISO date (`2025-09-30`), already past: the catalogue lists only retirements done. */
  readonly on: string;
  /** The ARM name of a listed size of the series Microsoft recommends instead. */
  readonly replacement: string;
}

/** One size of a series: ARM name, vCPUs, memory in GiB and, for GPU sizes, the GPU count. */
type Row = readonly [armName: string, vCpus: number, memoryGiB: number, gpuCount?: number];

/** The sizes of one series, all of one category (and of one GPU model). */
function series(name: string, category: VmSizeCategory, rows: readonly Row[], gpuModel?: string): VmSize[] {
  return rows.map(([armName, vCpus, memoryGiB, gpuCount]) => ({
    armName,
    series: name,
    category,
    vCpus,
    memoryGiB,
    ...(gpuModel && gpuCount ? { gpus: { count: gpuCount, model: gpuModel } } : {}),
  }));
}

/** The sizes given, each marked retired as `retirement` says. */
const retiredAs = (retirement: VmSizeRetirement, sizes: readonly VmSize[]): VmSize[] =>
  sizes.map((size) => ({ ...size, retired: retirement }));

/** Every size of the catalogue, general purpose first, then compute and memory optimised, then GPU. */
export const VM_SIZES: readonly VmSize[] = [
  /** @see https://learn.microsoft.com/azure/virtual-machines/sizes/general-purpose/dsv2-series */
  ...series('DSv2-series', 'General purpose', [
    ['Standard_DS2_v2', 2, 7],
    ['Standard_DS3_v2', 4, 14],
    ['Standard_DS4_v2', 8, 28],
    ['Standard_DS5_v2', 16, 56],
  ]),
  /** @see https://learn.microsoft.com/azure/virtual-machines/sizes/general-purpose/dv3-series */
  ...series('Dv3-series', 'General purpose', [
    ['Standard_D2_v3', 2, 8],
    ['Standard_D4_v3', 4, 16],
    ['Standard_D8_v3', 8, 32],
    ['Standard_D16_v3', 16, 64],
  ]),
  /** @see https://learn.microsoft.com/azure/virtual-machines/sizes/general-purpose/dsv3-series */
  ...series('Dsv3-series', 'General purpose', [
    ['Standard_D2s_v3', 2, 8],
    ['Standard_D4s_v3', 4, 16],
    ['Standard_D8s_v3', 8, 32],
    ['Standard_D16s_v3', 16, 64],
    ['Standard_D32s_v3', 32, 128],
  ]),
  /** @see https://learn.microsoft.com/azure/virtual-machines/sizes/general-purpose/ddsv4-series */
  ...series('Ddsv4-series', 'General purpose', [
    ['Standard_D4ds_v4', 4, 16],
    ['Standard_D8ds_v4', 8, 32],
    ['Standard_D16ds_v4', 16, 64],
  ]),
  /** @see https://learn.microsoft.com/azure/virtual-machines/sizes/general-purpose/dsv5-series */
  ...series('Dsv5-series', 'General purpose', [
    ['Standard_D2s_v5', 2, 8],
    ['Standard_D4s_v5', 4, 16],
    ['Standard_D8s_v5', 8, 32],
    ['Standard_D16s_v5', 16, 64],
    ['Standard_D32s_v5', 32, 128],
  ]),
  /** @see https://learn.microsoft.com/azure/virtual-machines/sizes/compute-optimized/fsv2-series */
  ...series('Fsv2-series', 'Compute optimised', [
    ['Standard_F4s_v2', 4, 8],
    ['Standard_F8s_v2', 8, 16],
    ['Standard_F16s_v2', 16, 32],
  ]),
  /** @see https://learn.microsoft.com/azure/virtual-machines/sizes/memory-optimized/dv2-dsv2-series-memory */
  ...series('DSv2-series', 'Memory optimised', [
    ['Standard_DS11_v2', 2, 14],
    ['Standard_DS12_v2', 4, 28],
    ['Standard_DS13_v2', 8, 56],
    ['Standard_DS14_v2', 16, 112],
    ['Standard_DS15_v2', 20, 140],
  ]),
  /** @see https://learn.microsoft.com/azure/virtual-machines/sizes/memory-optimized/ev3-esv3-series */
  ...series('Esv3-series', 'Memory optimised', [
    ['Standard_E4s_v3', 4, 32],
    ['Standard_E8s_v3', 8, 64],
    ['Standard_E16s_v3', 16, 128],
    ['Standard_E32s_v3', 32, 256],
  ]),
  /** @see https://learn.microsoft.com/azure/virtual-machines/sizes/memory-optimized/esv5-series */
  ...series('Esv5-series', 'Memory optimised', [
    ['Standard_E4s_v5', 4, 32],
    ['Standard_E8s_v5', 8, 64],
    ['Standard_E16s_v5', 16, 128],
  ]),
  /** @see https://learn.microsoft.com/azure/virtual-machines/sizes/memory-optimized/edsv5-series */
  ...series('Edsv5-series', 'Memory optimised', [
    ['Standard_E4ds_v5', 4, 32],
    ['Standard_E8ds_v5', 8, 64],
    ['Standard_E16ds_v5', 16, 128],
  ]),
  /**
   * Azure retired the NC6s, NC12s and NC24s v3 sizes on 30 September 2025: VMs still of those sizes were
   * deallocated, and no new ones start. Microsoft recommends the NC A100 v4-series instead. They stay listed
   * so a plan that names one is told exactly that (`vm-size-retired`). The guide doesn't name NC24rs_v3.
   * @see https://learn.microsoft.com/azure/virtual-machines/sizes/gpu-accelerated/ncv3-series
   * @see https://learn.microsoft.com/azure/virtual-machines/ncv3-nc6s-nc12s-nc24s-retirement
   */
  ...retiredAs(
    { on: '2025-09-30', replacement: 'Standard_NC24ads_A100_v4' },
    series(
      'NCv3-series',
      'GPU',
      [
        ['Standard_NC6s_v3', 6, 112, 1],
        ['Standard_NC12s_v3', 12, 224, 2],
        ['Standard_NC24s_v3', 24, 448, 4],
      ],
      'NVIDIA V100',
    ),
  ),
  ...series('NCv3-series', 'GPU', [['Standard_NC24rs_v3', 24, 448, 4]], 'NVIDIA V100'),
  /** @see https://learn.microsoft.com/azure/virtual-machines/sizes/gpu-accelerated/ncast4v3-series */
  ...series(
    'NCasT4_v3-series',
    'GPU',
    [
      ['Standard_NC4as_T4_v3', 4, 28, 1],
      ['Standard_NC8as_T4_v3', 8, 56, 1],
      ['Standard_NC16as_T4_v3', 16, 110, 1],
      ['Standard_NC64as_T4_v3', 64, 440, 4],
    ],
    'NVIDIA T4',
  ),
  /** @see https://learn.microsoft.com/azure/virtual-machines/sizes/gpu-accelerated/nca100v4-series */
  ...series(
    'NC A100 v4-series',
    'GPU',
    [
      ['Standard_NC24ads_A100_v4', 24, 220, 1],
      ['Standard_NC48ads_A100_v4', 48, 440, 2],
      ['Standard_NC96ads_A100_v4', 96, 880, 4],
    ],
    'NVIDIA A100 80 GB',
  ),
  /** @see https://learn.microsoft.com/azure/virtual-machines/sizes/gpu-accelerated/ndasra100v4-series */
  ...series('ND A100 v4-series', 'GPU', [['Standard_ND96asr_v4', 96, 900, 8]], 'NVIDIA A100 40 GB'),
  /**
   * Only the sizes with whole GPUs: the smaller ones of the series share one GPU (1/6 to 1/2), meant for
   * graphics rather than training.
   * @see https://learn.microsoft.com/azure/virtual-machines/sizes/gpu-accelerated/nvadsa10v5-series
   */
  ...series(
    'NVadsA10_v5-series',
    'GPU',
    [
      ['Standard_NV36ads_A10_v5', 36, 440, 1],
      ['Standard_NV72ads_A10_v5', 72, 880, 2],
    ],
    'NVIDIA A10',
  ),
];

const byName = new Map(VM_SIZES.map((size) => [size.armName.toLowerCase(), size]));

/** The size with this ARM name (`Standard_DS3_v2`), if listed; case is ignored, as Azure ignores it. */
export function vmSizeByName(name: string): VmSize | undefined {
  return byName.get(name.trim().toLowerCase());
}
