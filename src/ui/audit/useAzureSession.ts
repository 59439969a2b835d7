import { useSyncExternalStore } from 'react';
import { azureDataGeneration } from './azureData.ts';
import { azureSession, type AzureSessionState } from './azureSession.ts';

/** The sign-in state; re-renders on sign-in and sign-out. */
export const useAzureSession = (): AzureSessionState =>
  useSyncExternalStore(azureSession.subscribe, azureSession.getState, azureSession.getState);

/** Changes whenever discovered data must be forgotten; use it as a key for components that hold it. */
export const useAzureDataGeneration = (): number =>
  useSyncExternalStore(azureDataGeneration.subscribe, azureDataGeneration.get, azureDataGeneration.get);
