// countryKey(): a marketplace's country code as the scripts compare it: upper case, and the United
// Kingdom as one key whether an answer says UK (the Profiles API) or GB (the Unified API's ISO codes),
// so profile_country / --country UK or GB chooses the same marketplace in either API.
export function countryKey(code) {
  var key = String(code || '').trim().toUpperCase();
  return key === 'GB' ? 'UK' : key;
}
