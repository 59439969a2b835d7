/**
 * API and package versions every generated file uses, in one place so a bump is one change.
 * @see https://learn.microsoft.com/azure/templates/microsoft.machinelearningservices/workspaces/computes
 * @see https://learn.microsoft.com/azure/templates/microsoft.network/virtualnetworks
 */
export const API_VERSIONS = {
  /** Microsoft.MachineLearningServices (stable; validated against the official schema of this version). */
  machineLearning: '2026-05-01',
  /** Microsoft.Network: new virtual networks are private by default from 2025-07-01. */
  network: '2025-07-01',
  /** Microsoft.Resources/deployments, for the nested network deployment. */
  deployments: '2024-03-01',
  /** Microsoft.Databricks/workspaces. */
  databricks: '2024-05-01',
} as const;

/** Tool and package versions the printed files ask for. */
export const TOOL_VERSIONS = {
  /** azure-ai-ml: NetworkSettings with a full subnet id, ServerlessComputeSettings, ManagedNetwork. */
  azureAiMl: '1.15.0',
  /** Azure CLI `ml` extension (CLI v2). */
  azureCliMl: '2.26.0',
  /**
   * hashicorp/azurerm: `node_public_ip_enabled` on compute clusters and instances; 4.18 is the first
   * release that accepts a compute cluster in a workspace with a managed network (REQUIREMENTS §12).
   */
  azurerm: '~> 4.18',
  /** Azure/azapi: properties azurerm has no argument for (attach, workspace settings). */
  azapi: '~> 2.0',
  terraform: '>= 1.5.0',
} as const;
