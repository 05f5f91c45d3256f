import { describe, expect, it } from 'vitest';
import { MASK, maskUrl, Redactor, spellingsOf } from '../../src/core/redact.js';

const secret = 'sec"ret&<x> y/z+1';

describe('Redactor', () => {
  it('masks a secret in raw, JSON, URL-encoded, form-encoded and XML spellings', () => {
    const redactor = new Redactor([secret]);
    for (const spelling of spellingsOf(secret)) {
      expect(redactor.redact(`before ${spelling} after`)).toBe(`before ${MASK} after`);
    }
    expect(redactor.redact(JSON.stringify({ value: secret }))).not.toContain('ret&');
    expect(redactor.redact(new URLSearchParams({ client_secret: secret }).toString())).toBe(`client_secret=${MASK}`);
  });

  it('masks a secret HTML-escaped the way Handlebars reports (htmlextra) escape it', () => {
    const secret = "pass=word'`<x>&y";
    const redactor = new Redactor([secret]);
    const html = "pass&#x3D;word&#x27;&#x60;&lt;x&gt;&amp;y";
    expect(redactor.redact(`<td>${html}</td>`)).toBe(`<td>${MASK}</td>`);
  });

  it('masks secrets learnt during the run', () => {
    const redactor = new Redactor();
    expect(redactor.redact('token abcdef123456')).toBe('token abcdef123456');
    redactor.add('abcdef123456');
    expect(redactor.redact('token abcdef123456')).toBe(`token ${MASK}`);
  });

  it('masks anything shaped like a Login with Amazon token, raw or URL-encoded', () => {
    const redactor = new Redactor();
    expect(redactor.redact('Bearer Atza|IwEBIA-x_y.z=')).toBe(`Bearer ${MASK}`);
    expect(redactor.redact('refresh_token=Atzr%7CIwEBIA%2Bq&x=1')).toBe(`refresh_token=${MASK}&x=1`);
  });

  it('ignores values too short to be secrets', () => {
    const redactor = new Redactor(['abc', '', undefined]);
    expect(redactor.size).toBe(0);
    expect(redactor.redact('abc')).toBe('abc');
  });

  it('masks the longer of two overlapping secrets whole', () => {
    const redactor = new Redactor(['secret-one', 'secret-one-and-more']);
    expect(redactor.redact('secret-one-and-more')).toBe(MASK);
  });

  it('masks the userinfo of any http(s) URL, however short the password', () => {
    expect(new Redactor().redact('POST http://u:pw@127.0.0.1:9/auth/o2/token')).toBe(`POST http://${MASK}@127.0.0.1:9/auth/o2/token`);
  });
});

describe('maskUrl', () => {
  it('masks the userinfo, every query value, the fragment and LWA tokens; the rest as typed', () => {
    expect(maskUrl('https://u:pw@host.example/x/?client_secret=s3cr3t&refresh_token=Atzr|IwEB-abc&flag&empty=#frag')).toBe(
      `https://${MASK}@host.example/x/?client_secret=${MASK}&refresh_token=${MASK}&${MASK}&empty=#${MASK}`,
    );
    expect(maskUrl('https://host/path/Atzr|IwEBtoken')).toBe(`https://host/path/${MASK}`);
    expect(maskUrl('https://host:8443/a/b')).toBe('https://host:8443/a/b');
    expect(maskUrl('not a url?x=1')).toBe(`not a url?x=${MASK}`);
  });
});
