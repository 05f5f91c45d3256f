/** Deterministic pseudo-random numbers: the same seed and key always give the same value. */

/** FNV-1a 32-bit hash of a string. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A generator of numbers in [0, 1) (mulberry32) seeded from the given key parts. */
export function seededRandom(...key: Array<string | number>): () => number {
  let state = hash32(key.join('|'));
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

export function intBetween(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

const alphanumeric = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export function alphanumericString(random: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += alphanumeric[Math.floor(random() * alphanumeric.length)];
  return text;
}
