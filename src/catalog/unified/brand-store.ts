/**
 * The example brand store that the Unified brand-store resources (Prod and Beta) refer to: one store, one
 * edition of it and one page of that edition.
 */
export const brandStore = {
  storeId: 'amzn1.ads-store.example0001',
  editionId: 'amzn1.ads-edition.example0001',
  pageId: 'amzn1.ads-storepage.example0001',
};

/** The example edition as an entity names it. */
export const exampleEdition = { storeId: brandStore.storeId, editionId: brandStore.editionId };

/** The example page as the brand-store-page resources show it. */
export const examplePage = { ...exampleEdition, pageType: 'BRAND_STORE_PAGE', content: { template: 'PRODUCT_GRID', title: 'Jackets' } };

/** Query filters that pick what belongs to the example edition. */
export const inExampleEdition = {
  storeIdFilter: { include: [brandStore.storeId] },
  editionIdFilter: { include: [brandStore.editionId] },
};
