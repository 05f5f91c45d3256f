/**
 * The fixed demo credentials every emulator accepts. They are public on purpose (shown by
 * `npm run emulator -- --help` and in docs/emulator.md) so `npm run collection -- --emulator` needs no setup;
 * they are worthless against Amazon.
 */
export const demoCredentials = {
  client_id: 'amzn1.application-oa2-client.0e3d5b7a9c1f4e2d8b6a0c9e7f5d3b1a',
  client_secret: 'amzn1.oa2-cs.v1.emulator0demo0secret0f7c2e9b4a1d8c6e3f0b5a2d9c7e4f1b8a6',
  refresh_token: 'Atzr|IwEBIEmulatorDemoRefreshToken-4f8a2c6e0b9d3f7a1c5e8b2d6f0a4c9e',
  /** Valid once per emulator start, for five minutes, with redirect_uri below. */
  code: 'ANemulatorDemoAuthorizationCode4c7e',
  redirect_uri: 'https://amazon.com',
} as const;

export type DemoCredentials = typeof demoCredentials;

/** The OAuth scope the consent page grants. */
export const advertisingScope = 'advertising::campaign_management';
