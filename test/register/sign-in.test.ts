/** Sign-in asks nothing of the person when it can: silent first, a popup only when Entra ID requires it. */
import { InteractionRequiredAuthError, type AccountInfo, type AuthenticationResult } from '@azure/msal-browser';
import { MsalTokenProvider, msalConfiguration, type MsalClient } from '../../src/register/auth/msal';
import { parseRegisterSettings } from '../../src/register/settings';

const account = { username: 'wangjg@aqvtc.edu.cn', homeAccountId: 'h', environment: 'e', tenantId: 't', localAccountId: 'l' } as AccountInfo;
const result = (token: string): AuthenticationResult => ({ accessToken: token, account } as AuthenticationResult);

function fakeMsal(options: { signedIn: boolean; silentFails?: 'interaction' | 'other' }) {
  const calls: string[] = [];
  let active: AccountInfo | null = options.signedIn ? account : null;
  const msal: MsalClient = {
    getActiveAccount: () => active,
    getAllAccounts: () => (active ? [active] : []),
    setActiveAccount: (value) => {
      active = value;
    },
    acquireTokenSilent: async (request) => {
      calls.push(`silent${request.forceRefresh ? ':force' : ''}`);
      if (options.silentFails === 'interaction') throw new InteractionRequiredAuthError('interaction_required', 'interaction required');
      if (options.silentFails === 'other') throw Object.assign(new Error('network'), { errorCode: 'network_error' });
      return result('silent-token');
    },
    ssoSilent: async (request) => {
      calls.push(`sso:${request.loginHint}`);
      return result('sso-token');
    },
    acquireTokenPopup: async () => {
      calls.push('popup');
      return result('popup-token');
    },
  };
  return { msal, calls };
}

describe('signing in to the register', () => {
  test('a signed-in person gets a token silently; a refused token is refreshed silently', async () => {
    const { msal, calls } = fakeMsal({ signedIn: true });
    const provider = new MsalTokenProvider(msal);
    expect(await provider.getToken(['Sites.Selected'])).toBe('silent-token');
    await provider.getToken(['Sites.Selected'], { forceRefresh: true });
    expect(calls).toEqual(['silent', 'silent:force']);
  });

  test('on the web the Office account is used as the login hint; no popup', async () => {
    const { msal, calls } = fakeMsal({ signedIn: false });
    const provider = new MsalTokenProvider(msal, 'wangjg@aqvtc.edu.cn');
    expect(await provider.getToken(['Sites.Selected'])).toBe('sso-token');
    expect(calls).toEqual(['sso:wangjg@aqvtc.edu.cn']);
    expect(provider.account()?.username).toBe('wangjg@aqvtc.edu.cn');
  });

  test('a popup opens only when interaction is required; other failures are reported in Chinese', async () => {
    const interaction = fakeMsal({ signedIn: true, silentFails: 'interaction' });
    expect(await new MsalTokenProvider(interaction.msal).getToken(['Sites.Selected'])).toBe('popup-token');
    expect(interaction.calls).toEqual(['silent', 'popup']);
    const other = fakeMsal({ signedIn: true, silentFails: 'other' });
    await expect(new MsalTokenProvider(other.msal).getToken(['Sites.Selected'])).rejects.toMatchObject({
      error: { code: 'sign-in-failed', message: expect.stringContaining('登录失败') },
    });
    expect(other.calls).toEqual(['silent']);
  });

  test('the MSAL cache lives in sessionStorage, and 21Vianet signs in at login.chinacloudapi.cn', () => {
    const settings = parseRegisterSettings({ cloud: 'china', tenantId: 'aqvtc.partner.onmschina.cn', clientId: '11111111-2222-4333-8444-555555555555', siteId: 's' });
    if (!settings.ok) throw new Error(settings.error.message);
    const configuration = msalConfiguration(settings.value, 'https://addin.aqvtc.edu.cn/taskpane.html');
    expect(configuration.cache?.cacheLocation).toBe('sessionStorage');
    expect(configuration.auth.authority).toBe('https://login.chinacloudapi.cn/aqvtc.partner.onmschina.cn');
  });
});
