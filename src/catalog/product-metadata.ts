/**
 * Product metadata: catalogue details and ad eligibility of products.
 */
import { folder, request } from './types.js';
import { preferRepresentation } from './headers.js';

const docs = 'https://advertising.amazon.com/API/docs/en-us/product-metadata';

export const productMetadata = folder('Product metadata', { description: 'Catalogue details and advertising eligibility of products.', docs }, [
  request({
    name: 'Get product metadata',
    method: 'POST',
    url: '{{api_url}}/product/metadata',
    headers: 'profile',
    contentType: 'json',
    extraHeaders: [preferRepresentation],
    body: { mode: 'raw', example: { asins: ['B0EXAMPLE3'], adType: 'SP', pageSize: 5, pageIndex: 0 } },
    description:
      'Reads catalogue details (title, image, price, availability, eligibility) of ASINs or SKUs for an ad type.',
    docs,
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
  }),
]);
