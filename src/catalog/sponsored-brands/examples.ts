/**
 * Example data that several Sponsored Brands requests send: the same example store, so the ads and the
 * creative versions added to them describe one consistent brand.
 */

/** The example Amazon Store page that store landing pages and store spotlight subpages point to. */
export const exampleStorePageUrl = 'https://www.amazon.com/stores/page/EXAMPLE-STORE-PAGE';

/** A store spotlight shows three pages of the brand's store, each with one product. */
export const storeSpotlightSubpages = ['B0EXAMPLE4', 'B0EXAMPLE5', 'B0EXAMPLE6'].map((asin) => ({
  pageTitle: 'Bottles',
  asin,
  url: exampleStorePageUrl,
}));
