/**
 * Facts about each marketplace a profile can belong to: Amazon's marketplace id, currency and time zone
 * (from the Profiles API documentation). Which region has which marketplaces is in src/core/regions.ts.
 */
export interface Marketplace {
  marketplaceStringId: string;
  currencyCode: string;
  timezone: string;
}

export const marketplaces: Record<string, Marketplace> = {
  US: { marketplaceStringId: 'ATVPDKIKX0DER', currencyCode: 'USD', timezone: 'America/Los_Angeles' },
  CA: { marketplaceStringId: 'A2EUQ1WTGCTBG2', currencyCode: 'CAD', timezone: 'America/Los_Angeles' },
  MX: { marketplaceStringId: 'A1AM78C64UM0Y8', currencyCode: 'MXN', timezone: 'America/Los_Angeles' },
  BR: { marketplaceStringId: 'A2Q3Y263D00KWC', currencyCode: 'BRL', timezone: 'America/Sao_Paulo' },
  UK: { marketplaceStringId: 'A1F83G8C2ARO7P', currencyCode: 'GBP', timezone: 'Europe/London' },
  DE: { marketplaceStringId: 'A1PA6795UKMFR9', currencyCode: 'EUR', timezone: 'Europe/Paris' },
  FR: { marketplaceStringId: 'A13V1IB3VIYZZH', currencyCode: 'EUR', timezone: 'Europe/Paris' },
  IT: { marketplaceStringId: 'APJ6JRA9NG5V4', currencyCode: 'EUR', timezone: 'Europe/Paris' },
  ES: { marketplaceStringId: 'A1RKKUPIHCS9HS', currencyCode: 'EUR', timezone: 'Europe/Paris' },
  NL: { marketplaceStringId: 'A1805IZSGTT6HS', currencyCode: 'EUR', timezone: 'Europe/Amsterdam' },
  SE: { marketplaceStringId: 'A2NODRKZP88ZB9', currencyCode: 'SEK', timezone: 'Europe/Stockholm' },
  PL: { marketplaceStringId: 'A1C3SOZRARQ6R3', currencyCode: 'PLN', timezone: 'Europe/Warsaw' },
  BE: { marketplaceStringId: 'AMEN7PMS3EDWL', currencyCode: 'EUR', timezone: 'Europe/Brussels' },
  TR: { marketplaceStringId: 'A33AVAJ2PDY3EV', currencyCode: 'TRY', timezone: 'Europe/Istanbul' },
  AE: { marketplaceStringId: 'A2VIGQ35RCS4UG', currencyCode: 'AED', timezone: 'Asia/Dubai' },
  SA: { marketplaceStringId: 'A17E79C6D8DWNP', currencyCode: 'SAR', timezone: 'Asia/Riyadh' },
  EG: { marketplaceStringId: 'ARBP9OOSHTCHU', currencyCode: 'EGP', timezone: 'Africa/Cairo' },
  IN: { marketplaceStringId: 'A21TJRUUN4KGV', currencyCode: 'INR', timezone: 'Asia/Kolkata' },
  JP: { marketplaceStringId: 'A1VC38T7YXB528', currencyCode: 'JPY', timezone: 'Asia/Tokyo' },
  AU: { marketplaceStringId: 'A39IBJ37TRP1C6', currencyCode: 'AUD', timezone: 'Australia/Sydney' },
  SG: { marketplaceStringId: 'A19VAU5U5O7RUS', currencyCode: 'SGD', timezone: 'Asia/Singapore' },
};
