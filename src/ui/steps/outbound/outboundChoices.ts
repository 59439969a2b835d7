import type { Outbound } from '../../../core/index.ts';

export const UNRESTRICTED = {
  label: 'Unrestricted',
  description:
    'The compute may reach anything on the internet (Azure’s default). Simplest, but a job can send data anywhere.',
};

export const RESTRICTED = {
  label: 'Restricted to what Azure Machine Learning needs',
  description:
    'The plan denies general internet traffic and allows only the service tags Azure Machine Learning needs, plus the options below.',
};

export interface SituationalOption {
  readonly name: Exclude<keyof Outbound, 'restrict'>;
  readonly label: string;
  /** One line on why a job would need it. */
  readonly why: string;
}

/** The situational service tags, each with why a job would need it. */
export const situationalOptions: readonly SituationalOption[] = [
  {
    name: 'microsoftImages',
    label: 'Microsoft container images',
    why: 'Jobs use Microsoft’s curated environments or default Docker images: allows MicrosoftContainerRegistry and AzureFrontDoor.FirstParty.',
  },
  {
    name: 'azureMonitor',
    label: 'Azure Monitor',
    why: 'Jobs send logs and metrics to Azure Monitor, and Azure Monitor isn’t reached through a private link.',
  },
  {
    name: 'storageFileShares',
    label: 'Azure file shares (TCP 445)',
    why: 'Jobs mount Azure file shares across the network boundary: allows Storage on TCP 445 (SMB).',
  },
  {
    name: 'publicContainerRegistry',
    label: 'Container registry over the internet',
    why: 'Your Azure Container Registry has no private endpoint in this network: allows AzureContainerRegistry in the region.',
  },
];
