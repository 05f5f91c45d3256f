/**
 * Opens a URL in the user's browser when asked (--open). Never fails: without a browser opener
 * (xdg-open / open / rundll32) it reports false and the user opens the printed URL by hand.
 */
import { spawn } from 'node:child_process';

export function browserCommand(platform: NodeJS.Platform = process.platform): { command: string; args: string[] } {
  if (platform === 'darwin') return { command: 'open', args: [] };
  if (platform === 'win32') return { command: 'rundll32', args: ['url.dll,FileProtocolHandler'] };
  return { command: 'xdg-open', args: [] };
}

export function openBrowser(url: string): Promise<boolean> {
  const { command, args } = browserCommand();
  return new Promise((resolve) => {
    try {
      const child = spawn(command, [...args, url], { stdio: 'ignore', detached: true });
      child.once('error', () => resolve(false));
      child.once('spawn', () => {
        child.unref();
        resolve(true);
      });
    } catch {
      resolve(false);
    }
  });
}
