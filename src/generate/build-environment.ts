/**
 * One region -> one Postman environment: every variable of src/catalog/variables.ts
 * `environmentVariables`, hosts filled from src/core/regions.ts, secrets typed `secret` and empty.
 * (Environments are not part of the collection format, so this is plain data in Postman's
 * environment export shape, without export timestamps.)
 */
import { hostNames, hostsOf, regions, type HostName, type RegionId } from '../core/regions.js';
import { environmentVariables, type EnvironmentVariableName, type VariableType } from '../catalog/variables.js';
import { stableId } from './stable-id.js';

export interface EnvironmentValue {
  key: string;
  value: string;
  type: VariableType;
  enabled: boolean;
}

export interface PostmanEnvironment {
  id: string;
  name: string;
  values: EnvironmentValue[];
  _postman_variable_scope: 'environment';
}

export function environmentName(region: RegionId): string {
  return `Amazon Ads API - ${regions[region].label} (${region.toUpperCase()})`;
}

export function buildEnvironment(region: RegionId): PostmanEnvironment {
  const hosts = hostsOf(region);
  const values = (Object.keys(environmentVariables) as EnvironmentVariableName[]).map((key): EnvironmentValue => {
    const variable: { type: VariableType; value?: string } = environmentVariables[key];
    const host = (hostNames as readonly string[]).includes(key) ? hosts[key as HostName] : undefined;
    const value = variable.type === 'secret' ? '' : (host ?? variable.value ?? '');
    return { key, value, type: variable.type, enabled: true };
  });
  const name = environmentName(region);
  return { id: stableId('environment', region), name, values, _postman_variable_scope: 'environment' };
}
