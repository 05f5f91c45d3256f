import { describe, expect, it } from 'vitest';
import { toPostmanItemGroup } from '../../src/generate/to-postman-item-group.js';
import { folder, request } from '../../src/catalog/types.js';

const load = () => 'run();\n';
const get = (name: string) => request({ name, method: 'GET', url: '{{api_url}}/x', headers: 'account', description: name });

describe('toPostmanItemGroup', () => {
  it('keeps subfolders and requests in catalog order, with the folder description and scripts', () => {
    const spec = folder('Top', 'Top folder.', [get('first'), folder('Inner', 'Inner folder.', [get('deep')]), get('last')], {
      test: ['check-response'],
    });
    const json = toPostmanItemGroup(spec, [], load).toJSON() as Record<string, any>;
    expect(json.name).toBe('Top');
    expect(json.description).toEqual({ content: 'Top folder.', type: 'text/markdown' });
    expect(json.item.map((i: any) => i.name)).toEqual(['first', 'Inner', 'last']);
    expect(json.item[1].item.map((i: any) => i.name)).toEqual(['deep']);
    expect(json.item[1].item[0].request.url.raw).toBe('{{api_url}}/x');
    expect(json.event.map((e: any) => e.listen)).toEqual(['test']);
  });

  it('renders a folder docs link after the description, as on a request', () => {
    const spec = folder('Top', { description: 'Top folder.', docs: 'https://advertising.amazon.com/API/docs/en-us/x' }, [get('first')]);
    const json = toPostmanItemGroup(spec, [], load).toJSON() as Record<string, any>;
    expect(json.description).toEqual({
      content: 'Top folder.\n\n[Amazon Ads documentation](https://advertising.amazon.com/API/docs/en-us/x)',
      type: 'text/markdown',
    });
    const plain = toPostmanItemGroup(folder('Top', { description: 'Top folder.' }, [get('first')]), [], load).toJSON() as Record<string, any>;
    expect(plain.description).toEqual({ content: 'Top folder.', type: 'text/markdown' });
  });

  it('gives folders ids that depend on their path', () => {
    const inner = folder('Inner', 'x', [get('r')]);
    const a = toPostmanItemGroup(folder('A', 'x', [inner]), [], load).toJSON() as Record<string, any>;
    const b = toPostmanItemGroup(folder('B', 'x', [inner]), [], load).toJSON() as Record<string, any>;
    expect(a.item[0].id).not.toBe(b.item[0].id);
    expect((toPostmanItemGroup(folder('A', 'x', [inner]), [], load).toJSON() as Record<string, any>).item[0].id).toBe(a.item[0].id);
  });
});
