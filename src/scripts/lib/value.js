// value(name): the variable as trimmed text from the innermost scope that has it (local, data,
// environment, collection, global); '' when it is not set.
export function value(name) {
  var v = pm.variables.get(name);
  return v === undefined || v === null ? '' : String(v).trim();
}
