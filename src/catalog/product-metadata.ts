/**
 * Product metadata: catalogue details and ad eligibility of products.
 */
import { folder, request } from './types.js';
import { exampleIds, ok, plainJson } from './examples.js';
import { preferRepresentation } from './headers.js';

const docs = 'https://advertising.amazon.com/API/docs/en-us/product-metadata';

export const productMetadata = folder('Product metadata', { description: 'Catalogue details and advertising eligibility of products.', docs }, [
  request({
    name: 'Get product metadata',
    method: 'POST',
    url: '{{api_url}}/product/metadata',
    headers: 'profile',
    contentType: 'productMetadataRequest',
    extraHeaders: [preferRepresentation],
    body: { mode: 'raw', example: { asins: ['B0EXAMPLE3'], adType: 'SP', pageSize: 5, pageIndex: 0 } },
    description:
      'Reads catalogue details (title, image, price, availability, eligibility) of ASINs or SKUs for an ad type.',
    docs,
    examples: [
      ok(
        '200 OK: one eligible product',
        200,
        {
          ProductMetadataList: [
            {
              asin: 'B0EXAMPLE3',
              sku: exampleIds.sku,
              title: 'Example insulated water bottle, 750 ml',
              brand: 'Example Brand',
              category: 'Sports & Outdoors',
              imageUrl: 'https://m.media-amazon.com/images/I/example.jpg',
              availability: 'IN_STOCK',
              basisPrice: { amount: 24.99, currency: 'USD' },
              priceToPay: { amount: 19.99, currency: 'USD' },
              bestSellerRank: '1200',
              eligibilityStatus: 'ELIGIBLE',
              createdDate: '2025-11-02T00:00:00Z',
            },
          ],
        },
        { contentType: 'productMetadataResponse' },
      ),
    ],
  }),
  request({
    name: 'Get product eligibility',
    method: 'POST',
    url: '{{api_url}}/eligibility/product/list',
    headers: 'profile',
    contentType: 'json',
    extraHeaders: [preferRepresentation],
    body: {
      mode: 'raw',
      example: {
        adType: 'sp',
        productDetailsList: [
          { asin: 'B0EXAMPLE3' },
        ],
      },
    },
    description:
      'Tells whether products can be advertised with an ad type, and why not. Filters go in the body; a `nextToken` in the answer means more pages follow.',
    docs,
    examples: [
      ok(
        '200 OK: eligible, with a warning',
        200,
        {
          productResponseList: [
            {
              productDetails: { asin: 'B0EXAMPLE3', sku: exampleIds.sku },
              overallStatus: 'ELIGIBLE_WITH_WARNING',
              eligibilityStatusList: [
                { name: 'OUT_OF_STOCK', severity: 'ELIGIBLE_WITH_WARNING', message: 'Few units left; the ad may stop serving when the product sells out.' },
              ],
            },
          ],
        },
        plainJson,
      ),
    ],
  }),
]);
