/** Where the Unified API (/adsApi/v1) is documented: Amazon Ads API reference home, v1 section. */
export const unifiedDocs = 'https://advertising.amazon.com/API/docs/en-us/';
