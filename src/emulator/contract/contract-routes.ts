/**
 * The routes answered from the contract: each catalog request no stateful route (routes.ts) answers,
 * as an AdsRoute guarded by the header set the catalog gives it (client id and token; the profile scope
 * for `profile`; the advertiser account for a Unified request that sends Amazon-Ads-AccountId) and
 * answered by `answerFromContract`. Loaded by the server on the first request no stateful route takes,
 * so starting the emulator does not load the catalog or compile a schema.
 */
import type { AdsRoute } from '../routes.js';
import type { ErrorStyle } from '../ads/errors.js';
import { answerFromContract } from './answer-from-contract.js';
import { matchSavedAnswerRoute, type SavedAnswerRoute } from './saved-answer-routes.js';

/** The error style of an API family by path: Unified, the v2-era APIs ({code, details}), else v3. */
function errorStyleOf(path: string): ErrorStyle {
  if (path.startsWith('/adsApi/')) return 'unified';
  return /^\/(v2|sd)\//.test(path) ? 'v2' : 'v3';
}

const contractRoutes = new Map<SavedAnswerRoute, AdsRoute>();

/** A catalog request no stateful route answers, as a route answered from the contract. */
function contractRoute(saved: SavedAnswerRoute): AdsRoute {
  let route = contractRoutes.get(saved);
  if (!route) {
    const unified = saved.path.startsWith('/adsApi/');
    const errorStyle = errorStyleOf(saved.path);
    route = {
      method: saved.method as AdsRoute['method'],
      path: saved.path,
      errorStyle,
      scoped: saved.headerSet === 'profile',
      ...(unified ? { unified: saved.accountHeader ? ('account' as const) : ('client' as const) } : {}),
      list: false,
      responseType: saved.successes[0].mediaType ?? 'application/json',
      handle: answerFromContract(saved, errorStyle),
    };
    contractRoutes.set(saved, route);
  }
  return route;
}

/** The contract route for a method and path, or undefined when the catalog has no such request. */
export function matchContractRoute(method: string, pathname: string): { route: AdsRoute; params: Record<string, string> } | undefined {
  const saved = matchSavedAnswerRoute(method, pathname);
  return saved && { route: contractRoute(saved.route), params: {} };
}
