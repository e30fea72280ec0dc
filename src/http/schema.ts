// JSON Schemas for route and configuration validation. They are typed as TypeBox types, so Fastify's type provider and
// `Static` infer the request and config types, but built here as the same plain JSON Schema objects TypeBox makes:
// loading TypeBox itself (about 680 modules) took a third of every start-up, for ten small constructors.
import type { TSchema, Type as TypeBox } from 'typebox';

type Builders = Pick<
  typeof TypeBox,
  'Array' | 'Boolean' | 'Integer' | 'Literal' | 'Object' | 'Optional' | 'String' | 'Union' | 'Unsafe'
>;

/** Schemas wrapped in Optional: their property is left out of the object's `required` list. */
const optional = new WeakSet<object>();

const builders = {
  String: (options = {}) => ({ ...options, type: 'string' }),
  Integer: (options = {}) => ({ ...options, type: 'integer' }),
  Boolean: (options = {}) => ({ ...options, type: 'boolean' }),
  Literal: (value: string | number | boolean, options = {}) => ({
    ...options,
    type: typeof value,
    const: value,
  }),
  Array: (items: TSchema, options = {}) => ({ ...options, type: 'array', items }),
  Union: (anyOf: TSchema[], options = {}) => ({ ...options, anyOf }),
  Unsafe: (schema: TSchema) => schema,
  Optional: (schema: TSchema) => {
    const copy = { ...schema };
    optional.add(copy);
    return copy;
  },
  Object: (properties: Record<string, TSchema>, options = {}) => {
    const required = Object.keys(properties).filter((key) => !optional.has(properties[key] as object));
    return { ...options, type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
  },
};

export const Type = builders as unknown as Builders;
