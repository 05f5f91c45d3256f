/**
 * Turns a catalog `Scripts` entry into Postman events: the exec lines of each event come from
 * src/scripts/assemble.ts (the event's file bundled with what it imports, after its params line).
 */
import sdk from 'postman-collection';
import type { Scripts } from '../catalog/types.js';
import { eventLines, readScriptSource, type ScriptSourceLoader } from '../scripts/assemble.js';
import { stableId } from './stable-id.js';

const { Event } = sdk;

/**
 * Postman events for `scripts`, prerequest first. `path` names the owner (collection, folder or
 * request) and seeds the scripts' stable ids.
 */
export function embedScripts(scripts: Scripts | undefined, path: string[], load: ScriptSourceLoader = readScriptSource): InstanceType<typeof Event>[] {
  const events: InstanceType<typeof Event>[] = [];
  for (const listen of ['prerequest', 'test'] as const) {
    const refs = scripts?.[listen] ?? [];
    if (!refs.length) continue;
    events.push(
      new Event({
        listen,
        script: { id: stableId('script', listen, ...path), type: 'text/javascript', exec: eventLines(refs, listen, load) },
      }),
    );
  }
  return events;
}
