/**
 * Picks the sign-in path the host supports: NAA where `NestedAppAuth 1.1` is
 * there, Office's dialog in older Office, and MSAL's own browser flow (silent,
 * then a popup) where there is no Office at all — WPS 文字, whose task pane is
 * an embedded browser without Office SSO. The scopes are the same on every path.
 */
import type { RegisterSettings } from '../settings';
import { DialogTokenProvider } from './dialog';
import { MsalTokenProvider, createMsalClient } from './msal';
import type { TokenProvider } from './token-provider';

export interface SignIn {
  readonly tokens: TokenProvider;
  /** UPN of the signed-in person, once known. */
  account(): string | undefined;
  readonly method: SignInMethod;
}

export type SignInMethod = 'naa' | 'dialog' | 'browser';

export function nestedAppAuthSupported(): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('NestedAppAuth', '1.1') === true;
}

/** The path for the page the pane runs in: no `Office` (or no Office host behind it) means a plain browser, as in WPS. */
export function signInMethod(office: { context?: { requirements?: { isSetSupported(name: string, version: string): boolean } } } | undefined): SignInMethod {
  if (!office?.context?.requirements) return 'browser';
  return office.context.requirements.isSetSupported('NestedAppAuth', '1.1') ? 'naa' : 'dialog';
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
  const method = signInMethod(typeof Office === 'undefined' ? undefined : Office);
  if (method === 'browser') {
    // The pane's own URL is the SPA redirect URI, as for NAA on the web; MSAL's cache stays in sessionStorage.
    const provider = new MsalTokenProvider(await createMsalClient(settings, false, paneUrl));
    return { tokens: provider, account: () => provider.account()?.username, method };
  }
  if (method === 'naa') {
    const provider = new MsalTokenProvider(await createMsalClient(settings, true, paneUrl), await loginHint());
    return { tokens: provider, account: () => provider.account()?.username, method: 'naa' };
  }
  const dialogUrl = new URL('auth.html', paneUrl).toString();
  const provider = new DialogTokenProvider(dialogUrl);
  return { tokens: provider, account: () => undefined, method: 'dialog' };
}
