/**
 * The one thing the register asks of sign-in. The browser implementation is
 * MSAL (NAA, or the Office dialog where NAA is missing); the command line
 * reads a token from an environment variable; tests pass their own.
 */
export interface TokenRequestOptions {
  /** Skip any cached token: the last one was refused (401). */
  readonly forceRefresh?: boolean;
}

export interface TokenProvider {
  getToken(scopes: readonly string[], options?: TokenRequestOptions): Promise<string>;
}

/**
 * Least privilege for everyday submission: `Sites.Selected` (delegated) lets
 * the app reach only the sites an administrator granted it, and the user's
 * own permissions still apply. Tenants that cannot grant per-site access use
 * `Sites.ReadWrite.All` instead (docs/admin.md explains both).
 */
export const SUBMIT_SCOPES_SELECTED: readonly string[] = ['Sites.Selected'];
export const SUBMIT_SCOPES_ALL: readonly string[] = ['Sites.ReadWrite.All'];
/** Creating a list and its columns: only the administrator who provisions needs it. */
export const PROVISION_SCOPES: readonly string[] = ['Sites.Manage.All'];

/** Graph scopes are resource-qualified when the Graph host is not the default one (21Vianet). */
export function qualifyScopes(scopes: readonly string[], graphBaseUrl: string): string[] {
  return scopes.map((scope) => `${graphBaseUrl}/${scope}`);
}
