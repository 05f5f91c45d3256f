/**
 * The emulator of Login with Amazon + the Amazon Ads API (the "Emulator API" contract of the team brief).
 * Start one with `startEmulator(options)`; it serves everything on one origin bound to 127.0.0.1.
 */
export { startEmulator, type Emulator } from './server.js';
export type { EmulatorOptions } from './options.js';
export type { EmulatorStats } from './context.js';
export { demoCredentials, advertisingScope } from './credentials.js';
export { codeLifetimeMs } from './lwa/grant-store.js';
export { spMaxResults } from './ads/sp-campaigns.js';
export { sbMaxResults } from './ads/sb-campaigns.js';
export { sdMaxCount } from './ads/sd-campaigns.js';
export { adsRoutes } from './routes.js';
