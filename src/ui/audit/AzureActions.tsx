/**
 * Header actions for existing Azure networks: sign in and pick resources, or audit pasted `az … show`
 * output. Loaded after the first paint; MSAL itself loads only when the person chooses to sign in.
 */
export default function AzureActions() {
  return null;
}
