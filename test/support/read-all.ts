/**
 * Everything written to a FIFO (or any file) until its writer closes it. Opened for reading in the
 * thread pool, so a test can start it before the writer opens the FIFO, as `>(jq .)` does.
 */
import fs from 'node:fs';

export function readAll(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    fs.createReadStream(file, 'utf8')
      .on('data', (chunk) => (text += chunk))
      .on('end', () => resolve(text))
      .on('error', reject);
  });
}
