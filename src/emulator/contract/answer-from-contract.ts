/**
 * The handler of every route answered from the contract: the request body is checked against the
 * spec of its operation (a body the spec refuses gets that API's 400 in that API's error shape, naming
 * the field and the rule; a Content-Type the operation does not take gets a 415), then the request's
 * saved example is sent: the success answer whose media type the Accept header admits, else the first.
 * A redirect's Location points back at the emulator (never at a real host).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { accepts, header, mediaTypeOf, sendJson, sendText } from '../http.js';
import type { AdsCall } from '../ads/call.js';
import { adsErrorBody, type ErrorStyle } from '../ads/errors.js';
import { contractOperation } from './request-contract.js';
import type { SavedAnswer, SavedAnswerRoute } from './saved-answer-routes.js';
import { savedFilePathPrefix } from './saved-files.js';

function chosenAnswer(route: SavedAnswerRoute, accept: string | undefined): SavedAnswer {
  return route.successes.find((answer) => answer.mediaType === undefined || accepts(accept, answer.mediaType)) ?? route.successes[0];
}

/**
 * Checks a request's body (and Content-Type) against the spec of the catalog request `method path`;
 * when the spec refuses it, answers the 400 (in the error shape the operation declares, else `style`)
 * or 415 and returns true.
 */
export function refusedByContract(
  request: IncomingMessage,
  response: ServerResponse,
  body: string,
  route: { method: string; path: string; errorStyle: ErrorStyle },
): boolean {
  const operation = contractOperation(route.method, route.path);
  const problem = operation?.check(mediaTypeOf(header(request, 'content-type')), body);
  if (!problem) return false;
  const declared = problem.status === 400 ? operation!.errorBody(problem.message) : undefined;
  if (declared) sendJson(response, problem.status, declared.body, declared.mediaType);
  else sendJson(response, problem.status, adsErrorBody(route.errorStyle, problem.status === 400 ? 'INVALID_ARGUMENT' : 'UNSUPPORTED_MEDIA_TYPE', problem.message));
  return true;
}

export function answerFromContract(route: SavedAnswerRoute, style: ErrorStyle) {
  return (call: AdsCall): void => {
    if (refusedByContract(call.request, call.response, call.body, { method: route.method, path: route.path, errorStyle: style })) return;
    const answer = chosenAnswer(route, header(call.request, 'accept'));
    const headers = { ...answer.headers };
    const location = Object.keys(headers).find((key) => key.toLowerCase() === 'location');
    if (location) {
      const target = new URL(headers[location]);
      const host = header(call.request, 'host') ?? '127.0.0.1';
      headers[location] = `http://${host}${savedFilePathPrefix}${target.pathname.split('/').pop() ?? 'file'}`;
    }
    if (answer.body === undefined) {
      call.response.writeHead(answer.status, headers);
      call.response.end();
      return;
    }
    sendText(call.response, answer.status, answer.body, answer.mediaType ?? 'application/json', headers);
  };
}
