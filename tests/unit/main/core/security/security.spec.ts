import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY, cspDirectives } from '../../../../../src/main/core/security/csp';
import { decideWindowOpen, isAppUrl, mayNavigate } from '../../../../../src/main/core/security/origin-policy';
import { mainWindowOptions } from '../../../../../src/main/core/security/window-options';

describe('window options', () => {
  const prefs = mainWindowOptions('/app/out/preload/index.js').webPreferences;

  it('isolate the page from Node and Electron', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(prefs.preload).toBe('/app/out/preload/index.js');
  });
});

describe('content security policy', () => {
  const directives = (policy: string) =>
    Object.fromEntries(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );

  it('allows no inline script, no eval and no remote origin', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(policy['default-src']).toEqual(["'none'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'none'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|https?:|\*/);
  });

  it('the <meta> form drops only what browsers ignore there', () => {
    const meta = directives(META_CONTENT_SECURITY_POLICY);
    expect(Object.keys(meta).sort()).toEqual(
      Object.keys(cspDirectives)
        .filter((d) => d !== 'frame-ancestors')
        .sort(),
    );
  });
});

describe('origin policy', () => {
  const origin = { rendererFileUrl: 'file:///app/out/renderer/index.html', devServerUrl: null };

  it('accepts only the app’s own page', () => {
    expect(isAppUrl('file:///app/out/renderer/index.html', origin)).toBe(true);
    expect(isAppUrl('file:///app/out/renderer/index.html#x', origin)).toBe(true);
    expect(isAppUrl('file:///etc/passwd', origin)).toBe(false);
    expect(isAppUrl('file:///app/out/renderer/other.html', origin)).toBe(false);
    expect(isAppUrl('https://evil.example/', origin)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', origin)).toBe(false);
    expect(isAppUrl('not a url', origin)).toBe(false);
  });

  it('accepts the dev server only while developing', () => {
    const dev = { ...origin, devServerUrl: 'http://localhost:5173' };
    expect(isAppUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
  });

  it('denies every window.open, handing https links to the OS browser', () => {
    expect(decideWindowOpen('https://docs.dropcowboy.com/')).toEqual({
      action: 'deny',
      openExternally: 'https://docs.dropcowboy.com/',
    });
    expect(decideWindowOpen('http://insecure.example/')).toEqual({ action: 'deny', openExternally: null });
    expect(decideWindowOpen('file:///etc/passwd')).toEqual({ action: 'deny', openExternally: null });
    expect(decideWindowOpen('javascript:alert(1)')).toEqual({ action: 'deny', openExternally: null });
  });

  it('allows navigation only back to the app page', () => {
    expect(mayNavigate('file:///app/out/renderer/index.html', origin)).toBe(true);
    expect(mayNavigate('https://example.com/', origin)).toBe(false);
    expect(mayNavigate('file:///home/user/contacts.csv', origin)).toBe(false);
  });
});
