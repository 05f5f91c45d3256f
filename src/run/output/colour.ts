/**
 * Whether the CLI output is coloured: --color on / off, or auto = FORCE_COLOR when it is set (as
 * Newman's colour support reads it: 0 or false = no colours, anything else = colours, a terminal or
 * not), else a terminal and NO_COLOR unset or empty (https://no-color.org). An explicit --color on /
 * off wins over both variables, as a flag beats a variable.
 */
import type { ColourMode } from '../../config/newman-values.js';

export function colourWanted(mode: ColourMode, isTerminal: boolean, noColor: string | undefined, forceColor?: string): boolean {
  if (mode === 'on') return true;
  if (mode === 'off') return false;
  if (forceColor !== undefined) return !['0', 'false'].includes(forceColor.trim().toLowerCase());
  return isTerminal && (noColor === undefined || noColor === '');
}
