// The route and config schemas are built without loading TypeBox; they must be the very JSON Schemas TypeBox builds.
import { Type as TypeBox } from 'typebox';
import { describe, expect, it } from 'vitest';
import { Type } from '../../src/http/schema.js';

/** The same schema, built by the given constructors (ours or TypeBox's). */
function sample(T: typeof Type) {
  return T.Object(
    {
      name: T.String({ minLength: 1, maxLength: 80 }),
      note: T.Optional(T.String({ maxLength: 5000 })),
      id: T.Integer({ minimum: 1 }),
      port: T.Optional(T.Integer({ minimum: 1, maximum: 65535, default: 3000 })),
      flag: T.Boolean({ default: false }),
      level: T.Union([T.Literal('info'), T.Literal('warn')], { default: 'info' }),
      days: T.Optional(T.Union([T.String({ maxLength: 10 }), T.Array(T.String(), { maxItems: 7 })])),
      file: T.Optional(T.Unsafe<{ name: string }>({})),
    },
    { additionalProperties: true },
  );
}

describe('schema constructors', () => {
  it('build the JSON Schema TypeBox builds, optional properties left out of required', () => {
    const ours = sample(Type);
    expect(JSON.parse(JSON.stringify(ours))).toEqual(JSON.parse(JSON.stringify(sample(TypeBox))));
    expect(ours.required).toEqual(['name', 'id', 'flag', 'level']);
  });

  it('leave out required when every property is optional', () => {
    const ours = Type.Object({ a: Type.Optional(Type.String()) });
    expect(ours).toEqual({ type: 'object', properties: { a: { type: 'string' } } });
    expect(JSON.parse(JSON.stringify(ours))).toEqual(
      JSON.parse(JSON.stringify(TypeBox.Object({ a: TypeBox.Optional(TypeBox.String()) }))),
    );
  });
});
