/**
 * Where the run's credentials come from: the process environment, else the env file. The file is
 * read with dotenv's `parse` (never `config()`), so nothing is injected into process.env and nothing
 * is logged. A missing credential ends the run before any request, naming each variable and how to
 * obtain it.
 */
import fs from 'node:fs';
import { parse } from 'dotenv';
import { UsageError } from '../errors.js';
import type { Variables } from './options.js';

export interface Credentials {
  client_id: string;
  client_secret: string;
  refresh_token: string;
}

/** The required variables, each with where a user gets it. */
export const credentialVariables = {
  client_id: {
    variable: 'AMAZON_ADS_CLIENT_ID',
    obtain: 'the Client ID of your Login with Amazon security profile',
  },
  client_secret: {
    variable: 'AMAZON_ADS_CLIENT_SECRET',
    obtain: 'the Client Secret of the same security profile',
  },
  refresh_token: {
    variable: 'AMAZON_ADS_REFRESH_TOKEN',
    obtain: 'a refresh token from `npm run auth`',
  },
} as const satisfies Record<keyof Credentials, { variable: string; obtain: string }>;

/**
 * The process environment merged over the env file (the process environment wins). A default env
 * file may be absent; one named explicitly must exist.
 */
export function readVariables(envFile: string, explicit: boolean, processEnv: Variables = process.env): Variables {
  let text: string | undefined;
  try {
    text = fs.readFileSync(envFile, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !explicit) return { ...processEnv };
    if (code === 'ENOENT') {
      throw new UsageError(`env file "${envFile}" does not exist: create it from .env.example, or fix --env-file`);
    }
    if (code === 'EISDIR') {
      throw new UsageError(`env file "${envFile}" is a directory: point --env-file at a file such as .env`);
    }
    throw new UsageError(`env file "${envFile}" cannot be read (${code ?? 'unknown error'}): check its permissions`);
  }
  const fromFile = parse(text);
  const merged: Record<string, string | undefined> = { ...fromFile };
  // A variable set in the process environment wins even when empty (so `VAR= npm run ...` can blank a file value).
  for (const [name, value] of Object.entries(processEnv)) {
    if (value !== undefined) merged[name] = value;
  }
  return merged;
}

/** The three credentials, or a UsageError naming every missing one and how to obtain it. */
export function requireCredentials(variables: Variables, envFile: string): Credentials {
  const entries = Object.entries(credentialVariables) as Array<[keyof Credentials, (typeof credentialVariables)[keyof Credentials]]>;
  const missing = entries.filter(([, { variable }]) => !variables[variable]?.trim());
  if (missing.length > 0) {
    const list = missing.map(([, { variable, obtain }]) => `${variable} (${obtain})`).join(', ');
    throw new UsageError(
      `missing credentials: ${list}. Set them in the environment or in ${envFile} (see .env.example); ` +
        'get them with `npm run auth` and the README section "Getting credentials", or try `--emulator`',
    );
  }
  const value = (key: keyof Credentials) => variables[credentialVariables[key].variable]!.trim();
  return { client_id: value('client_id'), client_secret: value('client_secret'), refresh_token: value('refresh_token') };
}
