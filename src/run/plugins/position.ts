/**
 * Plug-in: where the run is, the request (its full name "Folder / Request" and id) and which of its
 * scripts started last, kept in `state.position`: the one source every failure's request name is read
 * from. Needed for the failures that arrive without an item: a deadline that ends the request in flight
 * (request-deadline, run-deadline) and a script stopped at --timeout-script, which Newman reports as the
 * run's error with no item attached; and for those that arrive with Newman's `request` event, whose item
 * is the runtime's copy of the request (postman-runtime's create-item-context builds `new Item(item.toJSON())`):
 * same id, no parent, so its full name would be the request's name alone (redirect-guard,
 * response-size-guard, request-log for Newman's own request errors).
 */
import { fullNameOf } from '../selection/folders.js';
import type { RunEvents } from '../newman/newman-events.js';
import type { RunState } from '../run-state.js';
import type { RunPlugin } from './plugin.js';

function trackPosition(events: RunEvents, state: RunState): void {
  events.on('beforeItem', (_error, o) => {
    state.position = { item: fullNameOf(o?.item), itemId: o?.item?.id };
  });
  events.on('beforeScript', (_error, o) => {
    const script = o?.event?.listen;
    if (script === 'prerequest' || script === 'test') state.position = { ...state.position, script };
  });
}

/** Second in the table: every later plug-in knows which request an event belongs to. */
export const positionPlugin: RunPlugin = {
  name: 'position',
  prepare: () => ({ attach: ({ events, state }) => trackPosition(events, state) }),
};
