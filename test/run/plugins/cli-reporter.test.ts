/**
 * The CLI lines print every name (folder, request, assertion) capped, whatever its length: a
 * collection or a server can hand the run a name of megabytes.
 */
import { EventEmitter } from 'node:events';
import sdk from 'postman-collection';
import { describe, expect, it } from 'vitest';
import type { RunOptions } from '../../../src/config/run-settings.js';
import { runEventsOf } from '../../../src/run/newman/newman-events.js';
import { cliReporter } from '../../../src/run/plugins/cli-reporter.js';
import { Redactor } from '../../../src/core/redact.js';
import { createRunState } from '../../../src/run/run-state.js';

describe('cliReporter', () => {
  it('caps long folder, request and assertion names at 80 characters', () => {
    const collection = new sdk.Collection({
      info: { name: 'c' },
      item: [{ name: 'F'.repeat(5000), item: [{ name: 'R'.repeat(5000), request: { url: 'http://127.0.0.1:9/x', method: 'GET' } }] }],
    } as sdk.CollectionDefinition);
    const item = (collection.items.all()[0] as sdk.ItemGroup<sdk.Item>).items.all()[0];
    const emitter = new EventEmitter();
    const state = createRunState({ verbose: false } as RunOptions, new Redactor([]), new Set());
    let printed = '';
    cliReporter(runEventsOf(emitter), state, { write: (text) => void (printed += text), colour: false });
    emitter.emit('beforeItem', null, { cursor: {}, item });
    emitter.emit('assertion', null, { cursor: {}, item, assertion: `A${'a'.repeat(5000)}` });
    expect(printed.split('\n')).toEqual([`${'F'.repeat(79)}…`, `→ ${'R'.repeat(79)}…`, `  ✓ A${'a'.repeat(78)}…`, '']);
  });
});
