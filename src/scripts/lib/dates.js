// Calendar days in UTC: DAY_MS, isoDay(ms) as YYYY-MM-DD, and todayMs() (today 00:00 UTC, epoch ms).
export var DAY_MS = 86400000;

export function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

export function todayMs() {
  return Date.parse(isoDay(Date.now()) + 'T00:00:00Z');
}
