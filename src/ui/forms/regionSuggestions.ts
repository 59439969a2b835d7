import { CLOUD_DISPLAY_NAMES, REGIONS, regionByArmName, type Region } from '../../core/index.ts';
import type { Suggestions } from './SuggestField.tsx';

/** The cloud as a sentence names it: "the Azure public cloud", "Azure Government". */
const cloudWords = (region: Region) =>
  region.cloud === 'Public' ? `the ${CLOUD_DISPLAY_NAMES.Public}` : CLOUD_DISPLAY_NAMES[region.cloud];

/**
 * The regions of the three clouds: the ARM name is what the box takes, the display name what a person
 * recognises; regions outside the public cloud name their cloud ("USGov Virginia · Azure Government").
 */
export const regionSuggestions: Suggestions = {
  options: REGIONS.map((region) => ({
    value: region.armName,
    label:
      region.cloud === 'Public'
        ? region.displayName
        : `${region.displayName} · ${CLOUD_DISPLAY_NAMES[region.cloud]}`,
  })),
  describe(value) {
    const region = regionByArmName(value);
    // Only the exact ARM name: "EastUS2" is a schema error, not a region to describe.
    return region?.armName === value ? `${region.displayName}, in ${cloudWords(region)}.` : undefined;
  },
};
