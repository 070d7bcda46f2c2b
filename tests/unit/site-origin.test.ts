import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isLocalOrigin, siteOrigin } from '../../src/lib/site-origin.ts';

test('without SITE a build points at the local server; with it, at the published origin', () => {
  assert.deepEqual(siteOrigin(undefined, false), { origin: 'http://localhost:4321' });
  assert.deepEqual(siteOrigin('  ', false), { origin: 'http://localhost:4321' });
  assert.deepEqual(siteOrigin('https://example.org', true), { origin: 'https://example.org' });
  assert.deepEqual(siteOrigin('https://example.org/', false), { origin: 'https://example.org' });
});

test('a production build refuses a local origin, given or defaulted, naming SITE', () => {
  for (const site of [
    undefined,
    'http://localhost:4321',
    'http://127.0.0.1:8080',
    'http://[::1]/',
    'http://x.localhost',
  ]) {
    const result = siteOrigin(site, true);
    assert.match('error' in result ? result.error : '', /^SITE: a production build/u, site);
  }
  assert.equal(isLocalOrigin('https://localhost.example.org'), false);
});

test('SITE must be an absolute http(s) URL', () => {
  assert.deepEqual(siteOrigin('example.org', false), {
    error: 'SITE: "example.org" is not an absolute URL (e.g. SITE=https://example.org)',
  });
  assert.deepEqual(siteOrigin('ftp://example.org', false), {
    error: 'SITE: "ftp://example.org" must be an http:// or https:// URL',
  });
});
