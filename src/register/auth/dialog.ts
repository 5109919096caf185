/**
 * Where the host has no Nested App Authentication (older Office builds),
 * sign-in runs in an Office dialog (`displayDialogAsync`) that loads our
 * auth page; the page signs in with MSAL (redirect flow) and sends the token
 * back with `messageParent`. The token is kept in memory only, until shortly
 * before it expires.
 */
import { RegisterFailure, registerErrorSaying } from '../errors';
import type { TokenProvider, TokenRequestOptions } from './token-provider';

/** Office dialog API error codes (Office.js reference, "Errors with displayDialogAsync"). */
export const DIALOG_ERRORS = {
  urlNotFound: 12002,
  notHttps: 12003,
  closedByUser: 12006,
  alreadyOpen: 12007,
  popupBlocked: 12009,
} as const;

/** What the auth page sends back through messageParent. */
export type DialogMessage = { readonly accessToken: string; readonly expiresOn: number } | { readonly error: string };

const REFRESH_MARGIN_MS = 5 * 60 * 1000;

export interface DialogApi {
  displayDialogAsync(url: string, options: Office.DialogOptions, callback: (result: Office.AsyncResult<Office.Dialog>) => void): void;
}

export class DialogTokenProvider implements TokenProvider {
  private cached = new Map<string, { token: string; expiresOn: number }>();

  constructor(
    private readonly dialogUrl: string,
    private readonly ui: DialogApi = Office.context.ui,
    private readonly now: () => number = () => Date.now(),
  ) {}

  async getToken(scopes: readonly string[], options: TokenRequestOptions = {}): Promise<string> {
    const key = [...scopes].sort().join(' ');
    const hit = this.cached.get(key);
    if (hit && !options.forceRefresh && hit.expiresOn - REFRESH_MARGIN_MS > this.now()) return hit.token;
    const message = await this.openDialog(scopes);
    if ('error' in message) throw new RegisterFailure(registerErrorSaying('sign-in-failed', 'signInFailed', [message.error]));
    this.cached.set(key, { token: message.accessToken, expiresOn: message.expiresOn });
    return message.accessToken;
  }

  private openDialog(scopes: readonly string[]): Promise<DialogMessage> {
    const url = `${this.dialogUrl}?scopes=${encodeURIComponent(scopes.join(' '))}`;
    return new Promise((resolve, reject) => {
      this.ui.displayDialogAsync(url, { height: 60, width: 30, promptBeforeOpen: false }, (opened) => {
        if (opened.status === Office.AsyncResultStatus.Failed) {
          reject(new RegisterFailure(registerErrorSaying('sign-in-failed', 'signInFailed', [`Office ${opened.error.code}`])));
          return;
        }
        const dialog = opened.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
          dialog.close();
          if (!('message' in arg)) return;
          try {
            resolve(JSON.parse(arg.message) as DialogMessage);
          } catch (unreadable: unknown) {
            reject(new RegisterFailure(registerErrorSaying('sign-in-failed', 'signInFailed', [String(unreadable)])));
          }
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
          const code = 'error' in arg ? arg.error : 0;
          reject(
            new RegisterFailure(
              code === DIALOG_ERRORS.closedByUser
                ? registerErrorSaying('sign-in-cancelled', 'signInCancelled', [])
                : registerErrorSaying('sign-in-failed', 'signInFailed', [`Office ${code}`]),
            ),
          );
        });
      });
    });
  }
}
