/**
 * WPS has no Office SSO: its task pane is a plain embedded browser with no
 * `Office` object. There the register signs in with MSAL's own browser flow
 * (silent, then a popup); in Office the paths stay NAA, or the dialog on
 * builds without NAA.
 */
import { signInMethod } from '../../src/register/auth';

const office = (naa: boolean) => ({ context: { requirements: { isSetSupported: (name: string, version: string) => naa && name === 'NestedAppAuth' && version === '1.1' } } });

describe('choosing how the register signs in', () => {
  test('in WPS (no Office at all) it is the browser flow', () => {
    expect(signInMethod(undefined)).toBe('browser');
  });

  test('office.js loaded in a page Office did not open is a browser too', () => {
    expect(signInMethod({})).toBe('browser');
    expect(signInMethod({ context: {} })).toBe('browser');
  });

  test('in Office: NAA where NestedAppAuth 1.1 is supported, the Office dialog otherwise', () => {
    expect(signInMethod(office(true))).toBe('naa');
    expect(signInMethod(office(false))).toBe('dialog');
  });
});
