/**
 * An error body in the shape an operation's spec declares for it (its 400 schema): the required fields
 * filled from what the emulator knows — the code (from the schema's enum when it has one: the closest
 * to "invalid argument"), the message naming the field and the rule, a request id — and nothing
 * invented beyond them. SP v3 gets {code, message}, the v2-era APIs {code, details}, the Unified API
 * {code: <its ErrorCode enum>, message}, reporting {code, detail}, ... as each spec says.
 */
import { randomUUID } from 'node:crypto';

type Schema = { [key: string]: unknown };

/** Codes meaning "the request is wrong", in order of preference, when a code enum has one. */
const preferredCodes = ['INVALID_ARGUMENT', 'BAD_REQUEST', 'INVALID_INPUT', 'INVALID_PARAMETER_VALUE', 'FIELD_VALUE_IS_INVALID', 'VALIDATION_ERROR'];

const messageFields = /^(message|details?|errorMessage|description|reason)$/i;
const codeFields = /^(code|errorCode|errorType|type)$/i;

const isObject = (node: unknown): node is Schema => typeof node === 'object' && node !== null && !Array.isArray(node);

function pickCode(values: unknown[]): unknown {
  const strings = values.filter((value): value is string => typeof value === 'string');
  return (
    preferredCodes.find((code) => strings.includes(code)) ??
    strings.find((code) => /INVALID|BAD_REQUEST/.test(code)) ??
    values[0]
  );
}

/**
 * A value of `schema` for the field `name`. `resolve` follows a `$ref` of the document the schema is
 * in; `depth` stops a recursive schema.
 */
function valueOf(schema: unknown, name: string, message: string, resolve: (ref: string) => unknown, depth: number): unknown {
  let node = schema;
  for (let hops = 0; isObject(node) && typeof node.$ref === 'string' && hops < 20; hops++) node = resolve(node.$ref);
  if (!isObject(node) || depth > 6) return message;
  if (Array.isArray(node.allOf)) {
    const parts = node.allOf.map((part) => valueOf(part, name, message, resolve, depth + 1));
    return parts.every(isObject) ? Object.assign({}, ...parts) : parts[0];
  }
  const options = (node.oneOf ?? node.anyOf) as unknown[] | undefined;
  if (Array.isArray(options) && options.length > 0) return valueOf(options[0], name, message, resolve, depth + 1);
  if (Array.isArray(node.enum) && node.enum.length > 0) return pickCode(node.enum);
  const type = Array.isArray(node.type) ? node.type[0] : node.type;
  if (type === 'object' || isObject(node.properties)) {
    const properties = isObject(node.properties) ? node.properties : {};
    const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
    const body: Schema = {};
    for (const [key, property] of Object.entries(properties)) {
      if (required.has(key) || messageFields.test(key) || codeFields.test(key)) body[key] = valueOf(property, key, message, resolve, depth + 1);
    }
    return body;
  }
  if (type === 'array') {
    const min = typeof node.minItems === 'number' ? node.minItems : 0;
    return min > 0 ? [valueOf(node.items, name, message, resolve, depth + 1)] : [];
  }
  if (type === 'integer' || type === 'number') return 400;
  if (type === 'boolean') return false;
  if (messageFields.test(name)) return message;
  if (codeFields.test(name)) return 'INVALID_ARGUMENT';
  if (/requestId$/i.test(name)) return randomUUID();
  return message;
}

/** The body of a 400 in the shape `schema` declares, its message field(s) saying `message`. */
export function errorBodyFor(schema: unknown, message: string, resolve: (ref: string) => unknown): unknown {
  return valueOf(schema, '', message, resolve, 0);
}
