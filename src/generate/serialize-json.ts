/** The on-disk form of every generated file: 2-space JSON and one trailing newline. */
export function serializeJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
