/**
 * A name as the runner prints it (account, profile, folder, request, assertion names): at most
 * NAME_LIMIT characters, the rest replaced by "…". A name comes from a server or a collection and
 * can be any length (a 100 MB account name was printed whole once); the summary and the CLI lines
 * print every name through here.
 */
export const NAME_LIMIT = 80;

export function shownName(name: string, limit = NAME_LIMIT): string {
  if (name.length <= limit) return name;
  let kept = name.slice(0, limit - 1);
  // never leave half of a surrogate pair before the ellipsis
  if (/[\uD800-\uDBFF]$/.test(kept)) kept = kept.slice(0, -1);
  return `${kept}…`;
}
