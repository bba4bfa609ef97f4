/**
 * Reading the app's own OpenAPI document (built by @fastify/swagger from the shared zod
 * schemas): its operations, and the JSON schemas of what each takes. Used by the schema
 * bounds test and the fuzzing test.
 */
export type JsonSchema = Record<string, unknown> & {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema | JsonSchema[];
  prefixItems?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  $ref?: string;
};

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

interface OpenApiOperation {
  parameters?: { name: string; in: string; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As Fastify writes it: `/api/surveys/:id/versions/:version`. */
  url: string;
  body: JsonSchema | null;
  /** The body's media type when it is not JSON (`text/csv` for the imports). */
  bodyType: string | null;
  query: { name: string; required: boolean; schema: JsonSchema }[];
  params: { name: string; schema: JsonSchema }[];
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

/** Every operation of the document, with `{id}` turned back into `:id`. */
export function operationsOf(doc: OpenApiDocument): Operation[] {
  const result: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (!METHODS.has(method)) continue;
      const content = op.requestBody?.content ?? {};
      const json = content['application/json']?.schema;
      const other = Object.keys(content).find((type) => type !== 'application/json') ?? null;
      const parameters = op.parameters ?? [];
      result.push({
        method: method.toUpperCase() as Operation['method'],
        url: path.replace(/\{([^}]+)\}/g, ':$1'),
        body: json ? resolve(doc, json) : null,
        bodyType: json ? null : other,
        query: parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({
            name: p.name,
            required: Boolean(p.required),
            schema: resolve(doc, p.schema ?? {}),
          })),
        params: parameters
          .filter((p) => p.in === 'path')
          .map((p) => ({ name: p.name, schema: resolve(doc, p.schema ?? {}) })),
      });
    }
  }
  return result;
}

/** The schema with a top-level `$ref` into `components.schemas` followed. */
export function resolve(doc: OpenApiDocument, schema: JsonSchema): JsonSchema {
  let current = schema;
  for (let hops = 0; current.$ref && hops < 10; hops++) {
    const name = current.$ref.split('/').pop()!;
    current = doc.components?.schemas?.[name] ?? {};
  }
  return current;
}

/** The schemas a value may take: the alternatives of anyOf/oneOf, flattened. */
export function alternatives(doc: OpenApiDocument, schema: JsonSchema): JsonSchema[] {
  const s = resolve(doc, schema);
  const options = s.anyOf ?? s.oneOf;
  if (!options) return [s];
  return options.flatMap((option) => alternatives(doc, option));
}

export function typesOf(schema: JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  return schema.type ? [schema.type] : [];
}

export interface NumericField {
  /** Dotted path inside the input, `[]` for array items (`funders.[].amounts.[].amount`). */
  path: string;
  /** The field's own name (the last named segment). */
  name: string;
  integer: boolean;
  minimum: number;
  maximum: number;
  multipleOf: number | null;
}

/** Every number a schema takes, with its bounds (±Infinity when unbounded). */
export function numericFields(
  doc: OpenApiDocument,
  schema: JsonSchema,
  path: string[] = [],
  found: NumericField[] = [],
  depth = 0,
): NumericField[] {
  if (depth > 30) return found;
  for (const s of alternatives(doc, schema)) {
    const types = typesOf(s);
    if (types.includes('integer') || types.includes('number')) {
      const name = [...path].reverse().find((segment) => segment !== '[]' && segment !== '*') ?? '';
      const min = (s.exclusiveMinimum as number | undefined) ?? (s.minimum as number | undefined);
      const max = (s.exclusiveMaximum as number | undefined) ?? (s.maximum as number | undefined);
      found.push({
        path: path.join('.'),
        name,
        integer: types.includes('integer'),
        minimum: min ?? -Infinity,
        maximum: max ?? Infinity,
        multipleOf: (s.multipleOf as number | undefined) ?? null,
      });
    }
    for (const [key, property] of Object.entries(s.properties ?? {}))
      numericFields(doc, property, [...path, key], found, depth + 1);
    const items = Array.isArray(s.items) ? s.items : s.items ? [s.items] : [];
    for (const item of [...items, ...(s.prefixItems ?? [])])
      numericFields(doc, item, [...path, '[]'], found, depth + 1);
    if (s.additionalProperties && typeof s.additionalProperties === 'object')
      numericFields(doc, s.additionalProperties, [...path, '*'], found, depth + 1);
    for (const part of s.allOf ?? []) numericFields(doc, part, path, found, depth + 1);
  }
  return found;
}
