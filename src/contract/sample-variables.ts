/**
 * A raw body of the collection as the server would receive it: every `{{variable}}` replaced by a
 * sample of what Postman puts there at run time, so the body can be parsed and validated offline.
 * Inside a JSON string the variable becomes sample text (a date for a `*_date` variable, else the
 * variable's name); outside a string (an id sent as a bare number, `"campaignId": {{campaignId}}`)
 * it becomes a sample number.
 */
export const sampleDate = '2026-01-31';
export const sampleNumber = 123456789;

const sampleText = (name: string) => (/(^|_)date$/i.test(name) ? sampleDate : `sample-${name}`);

export function withSampleVariables(raw: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    if (raw.startsWith('{{', i)) {
      const end = raw.indexOf('}}', i + 2);
      if (end !== -1) {
        const name = raw.slice(i + 2, end);
        out += inString ? JSON.stringify(sampleText(name)).slice(1, -1) : String(sampleNumber);
        i = end + 1;
        continue;
      }
    }
    const char = raw[i];
    if (inString && char === '\\') {
      out += raw.slice(i, i + 2);
      i++;
      continue;
    }
    if (char === '"') inString = !inString;
    out += char;
  }
  return out;
}
