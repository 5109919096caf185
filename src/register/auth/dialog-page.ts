/**
 * The page the Office dialog opens (auth.html) when NAA is unavailable:
 * MSAL redirect sign-in inside the dialog, then the token goes to the pane
 * through messageParent. The dialog's MSAL cache is memory only.
 */
import { createStandardPublicClientApplication } from '@azure/msal-browser';
import { msalConfiguration } from './msal';
import type { RegisterSettings } from '../settings';
import type { DialogMessage } from './dialog';

export async function runDialogSignIn(settings: RegisterSettings, pageUrl: string, scopes: readonly string[]): Promise<void> {
  const configuration = msalConfiguration(settings, pageUrl);
  const msal = await createStandardPublicClientApplication({ ...configuration, cache: { cacheLocation: 'memoryStorage' } });
  const send = (message: DialogMessage): void => Office.context.ui.messageParent(JSON.stringify(message));
  try {
    const result = await msal.handleRedirectPromise();
    if (result) {
      send({ accessToken: result.accessToken, expiresOn: result.expiresOn?.getTime() ?? Date.now() + 3_000_000 });
      return;
    }
    await msal.loginRedirect({ scopes: [...scopes] });
  } catch (failure: unknown) {
    send({ error: failure instanceof Error ? failure.message : String(failure) });
  }
}
