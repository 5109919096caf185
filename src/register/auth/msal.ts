/**
 * Sign-in with MSAL.js. Inside Office hosts that support Nested App
 * Authentication the host brokers the token (`createNestablePublicClientApplication`);
 * the task-pane URL and `brk-multihub://<origin>` are the app's SPA redirect
 * URIs. Silent first (`acquireTokenSilent`, or `ssoSilent` with the host's
 * login hint), a popup only when Entra ID says interaction is required.
 *
 * Token storage: our code never logs, persists or forwards tokens. MSAL's own
 * cache is `sessionStorage` (gone when the pane closes) — never localStorage.
 */
import {
  InteractionRequiredAuthError,
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  type AccountInfo,
  type AuthenticationResult,
  type Configuration,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import { RegisterFailure, registerErrorSaying } from '../errors';
import type { RegisterSettings } from '../settings';
import type { TokenProvider, TokenRequestOptions } from './token-provider';

/** The part of MSAL the provider uses (tests pass their own). */
export type MsalClient = Pick<
  IPublicClientApplication,
  'getActiveAccount' | 'getAllAccounts' | 'setActiveAccount' | 'acquireTokenSilent' | 'ssoSilent' | 'acquireTokenPopup'
>;

export function msalConfiguration(settings: RegisterSettings, redirectUri: string): Configuration {
  return {
    auth: {
      clientId: settings.clientId,
      authority: settings.authority,
      knownAuthorities: [new URL(settings.authority).host],
      redirectUri,
    },
    cache: { cacheLocation: 'sessionStorage' },
  };
}

export async function createMsalClient(settings: RegisterSettings, nested: boolean, redirectUri: string): Promise<MsalClient> {
  const configuration = msalConfiguration(settings, redirectUri);
  return nested ? createNestablePublicClientApplication(configuration) : createStandardPublicClientApplication(configuration);
}

function interactionRequired(error: unknown): boolean {
  return error instanceof InteractionRequiredAuthError;
}

function signInError(error: unknown): RegisterFailure {
  const code = error instanceof Error && 'errorCode' in error ? String((error as { errorCode: unknown }).errorCode) : '';
  if (code === 'user_cancelled') return new RegisterFailure(registerErrorSaying('sign-in-cancelled', 'signInCancelled', []));
  return new RegisterFailure(registerErrorSaying('sign-in-failed', 'signInFailed', [code || '未知错误']));
}

export class MsalTokenProvider implements TokenProvider {
  constructor(
    private readonly msal: MsalClient,
    /** From `Office.auth.getAuthContext()` on the web: lets ssoSilent pick the right account. */
    private readonly loginHint?: string,
  ) {}

  /** The signed-in person's UPN, for SubmittedBy. */
  account(): AccountInfo | null {
    return this.msal.getActiveAccount() ?? this.msal.getAllAccounts()[0] ?? null;
  }

  async getToken(scopes: readonly string[], options: TokenRequestOptions = {}): Promise<string> {
    const request = { scopes: [...scopes] };
    let result: AuthenticationResult;
    try {
      const account = this.account();
      result = account
        ? await this.msal.acquireTokenSilent({ ...request, account, forceRefresh: options.forceRefresh ?? false })
        : await this.msal.ssoSilent({ ...request, loginHint: this.loginHint });
    } catch (silentFailure: unknown) {
      if (!interactionRequired(silentFailure)) throw signInError(silentFailure);
      try {
        result = await this.msal.acquireTokenPopup(request);
      } catch (popupFailure: unknown) {
        throw signInError(popupFailure);
      }
    }
    if (result.account) this.msal.setActiveAccount(result.account);
    return result.accessToken;
  }
}
