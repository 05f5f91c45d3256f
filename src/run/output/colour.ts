/**
 * Whether the CLI output is coloured: --color on / off, or auto = a terminal and NO_COLOR unset or
 * empty (https://no-color.org). An explicit --color on wins over NO_COLOR, as a flag beats a variable.
 */
import type { ColourMode } from '../../config/newman-values.js';

export function colourWanted(mode: ColourMode, isTerminal: boolean, noColor: string | undefined): boolean {
  if (mode === 'on') return true;
  if (mode === 'off') return false;
  return isTerminal && (noColor === undefined || noColor === '');
}
