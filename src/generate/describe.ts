/** Catalog description (+ optional docs link) -> the Markdown text put on a collection, folder or request. */
export function describe(description: string, docs?: string): string {
  return docs ? `${description}\n\n[Amazon Ads documentation](${docs})` : description;
}

export const markdown = 'text/markdown';
