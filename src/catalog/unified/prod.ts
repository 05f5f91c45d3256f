/**
 * "Unified API / Prod": the generally available /adsApi/v1 resources, one folder per resource. Facts
 * (paths, id fields, filters, which account headers) follow Amazon's Unified API collection; bodies
 * are our own sample data.
 */
import { exampleIds } from '../examples.js';
import { folder, type FolderSpec } from '../types.js';
import { ofAdProduct, resourceFolders, storedTimes, type UnifiedResource } from './resource.js';
import { unifiedDocs } from './docs.js';
import { brandStore, exampleEdition, examplePage, inExampleEdition } from './brand-store.js';

const { campaignId, adGroupId, adId, targetId, portfolioId } = exampleIds;
const dealId = 'amzn1.ads-deal.example0000000001';
const window = { startDateTime: '2030-03-01T00:00:00Z', endDateTime: '2030-03-31T23:59:59Z' };
const dailyBudget = (value: number) => [
  { budgetType: 'MONETARY', recurrenceTimePeriod: 'DAILY', budgetValue: { monetaryBudgetValue: { monetaryBudget: { value, currencyCode: 'USD' } } } },
];

/** The ad products "Query campaigns" asks, one per query, in this order. */
const queriedAdProducts = ['SPONSORED_PRODUCTS', 'SPONSORED_BRANDS', 'SPONSORED_DISPLAY', 'SPONSORED_TELEVISION'];

const resources: UnifiedResource[] = [
  {
    folder: 'Ad associations',
    path: 'adAssociations',
    about: 'An ad association places an existing ad in an ad group, so one ad can serve in several ad groups.',
    context: 'account',
    sampleId: 'amzn1.ads-adassoc.example0000000001',
    entity: { adId, adGroupId, state: 'ENABLED' },
    change: { state: 'PAUSED' },
    filter: { adGroupIdFilter: { include: [adGroupId] }, maxResults: 100 },
    operations: ['create', 'query', 'update', 'delete'],
  },
  {
    folder: 'Ad extensions',
    path: 'adExtensions',
    about: 'Ad extensions add content such as shopper prompts to the ads of an ad group (Amazon calls this API an open beta).',
    context: 'account-profile',
    sampleId: 'amzn1.ads-adext.example0000000001',
    entity: {
      adGroupId,
      adProduct: 'SPONSORED_PRODUCTS',
      marketplaceScope: 'SINGLE_MARKETPLACE',
      marketplaces: ['US'],
      state: 'ENABLED',
      adExtensionType: 'PROMPTS',
      adExtensionSettings: { promptExtension: { promptText: 'Which sizes does the trail jacket come in?' } },
    },
    stored: storedTimes,
    change: { state: 'PAUSED' },
    filter: { adProductFilter: { include: ['SPONSORED_PRODUCTS'] }, stateFilter: { include: ['ENABLED'] }, maxResults: 100 },
    operations: ['create', 'query', 'update'],
  },
  {
    folder: 'Ad groups',
    path: 'adGroups',
    about: 'Ad groups sit inside a campaign and hold its ads and targets, for every ad product.',
    context: 'account-profile',
    sampleId: adGroupId,
    entity: { adProduct: 'SPONSORED_PRODUCTS', campaignId, name: 'Trail jackets - exact match', state: 'ENABLED' },
    stored: storedTimes,
    change: { state: 'PAUSED' },
    filter: { adProductFilter: { include: ['SPONSORED_PRODUCTS'] }, stateFilter: { include: ['ENABLED', 'PAUSED'] }, maxResults: 100 },
    operations: ['create', 'query', 'update', 'delete'],
  },
  {
    folder: 'Ads',
    path: 'ads',
    about: 'Ads are the creatives an ad group serves: product ads, brand videos, streaming TV spots.',
    context: 'account-profile',
    sampleId: adId,
    entity: {
      adGroupId,
      adProduct: 'SPONSORED_TELEVISION',
      adType: 'VIDEO',
      name: 'Spring trail spot 30s',
      state: 'ENABLED',
      creative: {
        videoCreative: {
          streamingTvSettings: {
            landingPage: { landingPageType: 'STORE', landingPageUrl: 'https://www.amazon.com/stores/page/EXAMPLE0001' },
            videos: { assetId: 'amzn1.assetlibrary.asset1.example0001', assetVersion: 'version_v1' },
          },
        },
      },
    },
    stored: { marketplaceScope: 'SINGLE_MARKETPLACE', ...storedTimes },
    change: { state: 'PAUSED' },
    filter: { adProductFilter: { include: ['SPONSORED_BRANDS'] }, stateFilter: { include: ['ENABLED', 'PAUSED', 'ARCHIVED'] }, maxResults: 100 },
    operations: ['create', 'query', 'update', 'delete'],
  },
  {
    folder: 'Brand store edition publish versions',
    path: 'brandStoreEditionPublishVersions',
    about: 'Each publish of a brand store edition is a version with its own review status.',
    context: 'profile',
    idKey: 'storeEditionPublishId',
    sampleId: 'amzn1.ads-storepublish.example0001',
    entity: { ...exampleEdition, publishState: 'DRAFT', publishStatus: 'DRAFT' },
    filter: { ...inExampleEdition, publishStatusFilter: { include: ['DRAFT'] } },
    operations: ['query', 'update'],
  },
  {
    folder: 'Brand store editions',
    path: 'brandStoreEditions',
    about: 'An edition is one version of a brand store, drafted and published as a whole.',
    context: 'profile',
    idKey: 'editionId',
    sampleId: brandStore.editionId,
    entity: { storeId: brandStore.storeId, editionName: 'Spring 2030' },
    operations: [{ verb: 'list', query: [{ key: 'brandStoreId', value: brandStore.storeId, description: 'Store whose editions to list.' }] }],
  },
  {
    folder: 'Brand store pages',
    path: 'brandStorePages',
    about: 'The pages of a brand store edition, with their content.',
    context: 'profile',
    idKey: 'pageId',
    sampleId: brandStore.pageId,
    entity: examplePage,
    filter: { ...inExampleEdition, pageIdFilter: { include: [brandStore.pageId] }, maxResults: 50 },
    operations: ['query'],
  },
  {
    folder: 'Brand stores',
    path: 'brandStores',
    about: 'Brand stores of the advertiser, found by name.',
    context: 'account-profile',
    idKey: 'storeId',
    sampleId: brandStore.storeId,
    entity: { storeName: 'Trail Outfitters' },
    filter: { storeNameFilter: { include: ['Trail Outfitters'] } },
    operations: ['query'],
  },
  {
    folder: 'Campaigns',
    path: 'campaigns',
    about: 'Campaigns of every ad product through one interface; `adProduct` says which one a campaign belongs to.',
    context: 'account-profile',
    sampleId: campaignId,
    entity: {
      adProduct: 'SPONSORED_PRODUCTS',
      name: 'Spring sale - trail jackets',
      state: 'PAUSED',
      marketplaceScope: 'SINGLE_MARKETPLACE',
      marketplaces: ['US'],
      countries: ['US'],
      startDateTime: window.startDateTime,
      budgets: dailyBudget(25),
      optimizations: { bidSettings: { bidStrategy: 'MANUAL' } },
      autoCreationSettings: { autoCreateTargets: true },
      portfolioId,
    },
    stored: storedTimes,
    change: { state: 'ENABLED', budgets: dailyBudget(40) },
    operations: [
      'create',
      {
        verb: 'query',
        summary: [
          'Lists the campaigns of the account page by page (`maxResults`, `nextToken`), one ad product per query',
          '(`adProductFilter.include` takes one): its scripts ask Sponsored Products, Sponsored Brands, Sponsored',
          'Display and Sponsored TV in turn, follow every page, bounded by `max_pages`, and count the campaigns per ad product.',
        ].join(' '),
        body: {
          adProductFilter: { include: [queriedAdProducts[0]] },
          stateFilter: { include: ['ENABLED', 'PAUSED', 'ARCHIVED'] },
          maxResults: 100,
        },
        scripts: {
          prerequest: [{ name: 'page-unified-query', params: { adProducts: queriedAdProducts } }],
          test: [{ name: 'page-unified-query', params: { adProducts: queriedAdProducts } }],
        },
      },
      'update',
      'delete',
    ],
  },
  {
    folder: 'Geo locations',
    path: 'geoLocations',
    about: 'A geo location is an area (a radius around a point of interest) that targeting can use.',
    context: 'account',
    managerAccount: true,
    sampleId: 'amzn1.ads-geo.example0001',
    entity: {
      location: {
        radiusLocation: {
          coordinates: { latitude: 47.6062, longitude: -122.3321 },
          pointOfInterestAddress: '400 Broad St, Seattle, WA',
          pointOfInterestRadius: 3,
          units: 'KILOMETERS',
        },
      },
    },
    operations: ['create'],
  },
  {
    folder: 'Location indexes',
    path: 'locationIndexes',
    about: 'A location index weights postal codes (0-100) so bids can follow where your customers are.',
    context: 'account',
    managerAccount: true,
    idKey: 'indexId',
    sampleId: 'c0ffee00-0000-4000-8000-000000000001',
    entity: {
      indexName: 'pacific-northwest-stores',
      indexData: {
        directIndexValues: {
          values: [
            { postalCode: '98101', indexValue: 90 },
            { postalCode: '97201', indexValue: 60 },
          ],
        },
      },
    },
    stored: { status: 'ENABLED', ...storedTimes },
    change: { indexData: { directIndexValues: { values: [{ postalCode: '98101', indexValue: 75 }] } } },
    operations: ['create', 'list', { verb: 'retrieve', body: { indexIds: ['c0ffee00-0000-4000-8000-000000000001'] } }, 'update'],
  },
  {
    folder: 'Targets',
    path: 'targets',
    about: 'Targets decide where an ad group serves: keywords, products, audiences; negative ones exclude.',
    context: 'account-profile',
    sampleId: targetId,
    entity: {
      adGroupId,
      adProduct: 'SPONSORED_PRODUCTS',
      negative: false,
      state: 'ENABLED',
      targetType: 'KEYWORD',
      targetDetails: { keywordTarget: { keyword: 'waterproof trail jacket', matchType: 'PHRASE' } },
    },
    stored: storedTimes,
    change: { state: 'PAUSED' },
    filter: {
      adProductFilter: { include: ['SPONSORED_PRODUCTS'] },
      stateFilter: { include: ['ENABLED', 'PAUSED'] },
      negativeFilter: { include: [false] },
      targetTypeFilter: { include: ['KEYWORD'] },
      maxResults: 100,
    },
    operations: ['create', 'query', 'update', 'delete'],
  },
  // Sponsored Brands: the folders "<folder> (Sponsored Brands)" at `<path>/sb`.
  ...ofAdProduct('sb', [
    {
      folder: 'Advertising deal targets',
      path: 'advertisingDealTargets',
      about: 'What a Sponsored Brands advertising deal reserves, such as a keyword.',
      sampleId: 'amzn1.ads-dealtarget.example0000000001',
      entity: {
        advertisingDealId: dealId,
        targetType: 'BRANDED_KEYWORD',
        targetDetails: { advertisingDealBrandedKeywordTargetDetails: { brandedKeyword: 'trail outfitters jacket' } },
      },
      filter: { advertisingDealIdFilter: { include: [dealId] }, maxResults: 100 },
      operations: ['create', 'query', 'delete'],
    },
    {
      folder: 'Advertising deals',
      path: 'advertisingDeals',
      about: 'A Sponsored Brands advertising deal books placements for a fixed period at an agreed price; it starts as a draft.',
      sampleId: dealId,
      entity: { name: 'March keyword reservation', state: 'DRAFT', ...window },
      stored: { status: { status: 'DRAFT' } },
      change: { state: 'PROPOSED', price: { value: 4500, priceType: 'FIXED_PRICE', currencyCode: 'USD' } },
      filter: { advertisingDealIdFilter: { include: [dealId] }, maxResults: 50 },
      operations: ['create', 'query', 'update', 'delete'],
    },
    {
      folder: 'Branded keywords pricings',
      path: 'brandedKeywordsPricings',
      about: 'Asks what reserving branded keywords for a period would cost, before proposing a deal.',
      sampleId: 'amzn1.ads-bkpricing.example0001',
      entity: { keywords: ['trail outfitters', 'trail outfitters jacket'], ...window },
      operations: [{ verb: 'create', name: 'Price branded keywords' }],
    },
    {
      folder: 'Keyword reservation validations',
      path: 'keywordReservationValidations',
      plural: 'keyword reservations',
      about: 'Checks whether keywords can be reserved in a Sponsored Brands deal before asking for one.',
      idKey: 'keyword',
      sampleId: 'trail outfitters',
      stored: { keywordReservationValidationId: 'amzn1.ads-kwvalidation.example0001', isReservable: true },
      operations: [{ verb: 'create', name: 'Validate keyword reservations' }],
    },
    {
      folder: 'Recommendation types',
      path: 'recommendationTypes',
      about: 'Which kinds of Sponsored Brands recommendations the account can ask for.',
      idKey: 'recommendationTypeId',
      sampleId: 'BRANDED_KEYWORD',
      entity: { recommendationTypeTitle: 'Branded keywords' },
      filter: {},
      operations: ['query'],
    },
    {
      folder: 'Recommendations',
      path: 'recommendations',
      about: 'Asks for Sponsored Brands recommendations of one type, e.g. branded keywords for a brand.',
      sampleId: 'amzn1.ads-reco.example0001',
      entity: {
        recommendationType: 'BRANDED_KEYWORD',
        recommendationTypeDetails: {
          brandedKeywordRecommendationTypeDetails: { brandAlternateId: [{ alternateBrandId: 'BRANDEXAMPLE01', alternateBrandIdType: 'BRAND_REGISTRY' }] },
        },
      },
      stored: {
        recommendedObjects: [
          {
            recommendedObjectSettings: {
              brandedKeywordList: {
                brandedKeyword: [{ keyword: 'trail outfitters', brandAlternateId: { alternateBrandId: 'BRANDEXAMPLE01', alternateBrandIdType: 'BRAND_REGISTRY' } }],
              },
            },
          },
        ],
      },
      operations: ['create'],
    },
    {
      folder: 'Reserved target pricings',
      path: 'reservedTargetPricings',
      about: 'Prices of targets reserved in a Sponsored Brands deal, asked for by target pricing id.',
      idKey: 'targetPricingId',
      sampleId: 'amzn1.ads-targetpricing.example0001',
      operations: [{ verb: 'create', name: 'Price reserved targets' }],
    },
  ]),
  // Amazon DSP: the folders "<folder> (DSP)" at `<path>/dsp`.
  ...ofAdProduct('dsp', [
    {
      folder: 'Campaign forecasts',
      path: 'campaignForecasts',
      about: 'Forecasts of reach and spend for Amazon DSP campaigns and their flights.',
      idKey: 'campaignId',
      sampleId: campaignId,
      answer: {
        campaignDisplayName: 'Spring streaming reach',
        campaignForecastDescription: { campaignId, flightIds: ['amzn1.ads-flight.example0001'] },
        creationDateTime: storedTimes.creationDateTime,
      },
      operations: [
        {
          verb: 'retrieve',
          name: 'Retrieve campaign forecasts',
          body: {
            campaignForecastDescriptions: [
              { campaignId, flightIds: ['amzn1.ads-flight.example0001'], enabledFeatures: { curve: true, metrics: { allMetrics: true }, campaignSettingsCache: false } },
            ],
          },
        },
      ],
    },
    {
      folder: 'Commitment spends',
      path: 'commitmentSpends',
      about: 'How much has been spent so far against Amazon DSP spend commitments.',
      context: 'profile',
      idKey: 'commitmentId',
      sampleId: 'COMMITMENTEXAMPLE000000001',
      answer: {
        commitmentId: { commitmentId: 'COMMITMENTEXAMPLE000000001' },
        spendDimensionType: 'COMMITMENT',
        accruedSpendValue: 1250.5,
        accruedToDateTime: '2030-03-15T00:00:00Z',
        currencyCode: 'USD',
      },
      operations: [{ verb: 'retrieve', body: { commitmentIds: [{ commitmentId: 'COMMITMENTEXAMPLE000000001' }] } }],
    },
    {
      folder: 'Commitments',
      path: 'commitments',
      about: 'Amazon DSP spend commitments: an amount to spend on a set of deals within a period.',
      context: 'profile',
      sampleId: 'COMMITMENTEXAMPLE000000001',
      entity: {
        commitmentName: 'Q2 streaming commitment',
        committedSpend: 50000,
        currencyCode: 'USD',
        dealIds: [dealId],
        fulfillmentLevel: 'LEVEL_5',
        spendCalculationMode: 'MANAGER_ACCOUNT',
        ...window,
      },
      change: { committedSpend: 60000 },
      filter: { maxResults: 50 },
      operations: [{ verb: 'list' }, { verb: 'create', context: 'client' }, 'query', 'retrieve', { verb: 'update', context: 'client' }],
    },
  ]),
];

export const unifiedProd: FolderSpec = folder(
  'Prod',
  [
    'The generally available resources of the Unified API, one folder per resource. Each folder creates,',
    'queries, updates and deletes through `/adsApi/v1/<operation>/<resource>`.',
  ].join('\n'),
  resourceFolders(resources, { beta: false, docs: unifiedDocs }),
);
