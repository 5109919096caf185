/** Picks the sign-in path the host supports: NAA where `NestedAppAuth 1.1` is there, the dialog otherwise. */
import type { RegisterSettings } from '../settings';
import { DialogTokenProvider } from './dialog';
import { MsalTokenProvider, createMsalClient } from './msal';
import type { TokenProvider } from './token-provider';

export interface SignIn {
  readonly tokens: TokenProvider;
  /** UPN of the signed-in person, once known. */
  account(): string | undefined;
  readonly method: 'naa' | 'dialog';
}

export function nestedAppAuthSupported(): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('NestedAppAuth', '1.1') === true;
}

/** Word on the web knows who is signed in to Office; desktop hosts answer "not supported" and MSAL uses the broker's account. */
async function loginHint(): Promise<string | undefined> {
  if (typeof Office.auth?.getAuthContext !== 'function') return undefined;
  const context = await Office.auth.getAuthContext().then(
    (value) => value,
    (unsupported: unknown) => ({ userPrincipalName: '', unsupported }),
  );
  return context.userPrincipalName || undefined;
}

export async function createSignIn(settings: RegisterSettings, paneUrl: string): Promise<SignIn> {
  if (nestedAppAuthSupported()) {
    const provider = new MsalTokenProvider(await createMsalClient(settings, true, paneUrl), await loginHint());
    return { tokens: provider, account: () => provider.account()?.username, method: 'naa' };
  }
  const dialogUrl = new URL('auth.html', paneUrl).toString();
  const provider = new DialogTokenProvider(dialogUrl);
  return { tokens: provider, account: () => undefined, method: 'dialog' };
}
