/**
 * "Sponsored Products": one module per subfolder, in the official order. Add a subfolder by importing
 * its module and listing it below.
 */
import { folder } from '../types.js';
import { campaigns } from './campaigns.js';

export const sponsoredProducts = folder(
  'Sponsored Products',
  [
    'Sponsored Products promote single product listings in shopping results and on product pages.',
    'These requests use version 3 of the API, with a vendor media type per resource.',
    '',
    '[Sponsored Products documentation](https://advertising.amazon.com/API/docs/en-us/sponsored-products/overview)',
  ].join('\n'),
  [
    campaigns,
  ],
);
