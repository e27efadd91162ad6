/** JSON as parsed from text: what a manifest template and manifest are made of. */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export type JsonObject = { [key: string]: JsonValue };

export function isJsonObject(value: JsonValue): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Rebuilds `value` with every string passed through `mapString`, keys left
 * alone. Accepts `unknown` (the output of `JSON.parse`) and returns `undefined`
 * for anything that is not JSON, so callers never need a cast.
 */
export function mapJsonStrings(value: unknown, mapString: (text: string) => string): JsonValue | undefined {
  if (typeof value === 'string') return mapString(value);
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) {
    const items: JsonValue[] = [];
    for (const item of value) {
      const mapped = mapJsonStrings(item, mapString);
      if (mapped === undefined) return undefined;
      items.push(mapped);
    }
    return items;
  }
  if (typeof value === 'object') {
    const result: JsonObject = {};
    for (const [key, item] of Object.entries(value)) {
      const mapped = mapJsonStrings(item, mapString);
      if (mapped === undefined) return undefined;
      result[key] = mapped;
    }
    return result;
  }
  return undefined;
}
