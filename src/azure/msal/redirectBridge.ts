/**
 * The page MSAL's sign-in popup returns to (redirect.html): it hands the authorization response back to
 * the window that opened the popup, and does nothing else.
 * @see https://learn.microsoft.com/entra/identity-platform/msal-js-sso
 */
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

void broadcastResponseToMainFrame();
