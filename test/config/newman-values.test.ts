import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { colourModeOf, envVarsOf, readableFileOf } from '../../src/config/newman-values.js';

const source = (flag: string) => ({ name: `--${flag}`, flag });

describe('values of the newman-run options', () => {
  it('--env-var KEY=VALUE pairs: repeatable, the value may hold "=" or be empty, a later KEY wins', () => {
    expect(envVarsOf(['page_size=100', 'filter=a=b', 'empty=', 'page_size=5'], source('env-var'))).toEqual({ page_size: '5', filter: 'a=b', empty: '' });
    expect(envVarsOf(undefined, source('env-var'))).toEqual({});
    expect(() => envVarsOf(['=x'], source('env-var'))).toThrow('--env-var needs KEY=VALUE');
    expect(() => envVarsOf('novalue', source('env-var'))).toThrow('--env-var needs KEY=VALUE');
  });
  it('--color: on, off or auto (default auto)', () => {
    expect(colourModeOf(undefined, source('color'))).toBe('auto');
    expect(colourModeOf('off', source('color'))).toBe('off');
    expect(() => colourModeOf('yes', source('color'))).toThrow('--color must be on, off or auto, got "yes"');
  });
  it('a TLS file must exist and is made absolute', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newman-values-'));
    try {
      fs.writeFileSync(path.join(dir, 'ca.pem'), 'x');
      expect(readableFileOf(path.join(dir, 'ca.pem'), source('ssl-extra-ca-certs'))).toBe(path.join(dir, 'ca.pem'));
      expect(() => readableFileOf(dir, source('ssl-extra-ca-certs'))).toThrow(`--ssl-extra-ca-certs ${dir} is not a file`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
