// Route schemas are compiled on first use by Fastify's own Ajv compiler: same coercion and errors, no start-up cost.
import AjvCompiler from '@fastify/ajv-compiler';
import { describe, expect, it } from 'vitest';
import { Type } from '../../src/http/schema.js';
import { compileOnFirstUse } from '../../src/http/validation.js';

const ajvOptions = { customOptions: { coerceTypes: 'array' as const, useDefaults: true }, plugins: [] };

describe('compileOnFirstUse', () => {
  it('compiles nothing until a route validates, then once per schema, with coercion and errors', () => {
    const compiled: unknown[] = [];
    const ajv = AjvCompiler();
    const counting: typeof ajv = (external, options) => {
      const compile = ajv(external, options);
      return (route) => {
        compiled.push(route.schema);
        return compile(route);
      };
    };
    const compile = compileOnFirstUse(counting)({}, ajvOptions);
    const schema = Type.Object({ id: Type.Integer({ minimum: 1 }) });
    const validate = compile({ schema, method: 'GET', url: '/x/:id', httpPart: 'params' });
    expect(compiled).toEqual([]);

    const params: Record<string, unknown> = { id: '12' };
    expect(validate(params)).toBe(true);
    expect(params.id).toBe(12);
    expect(validate({ id: '0' })).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ instancePath: '/id', keyword: 'minimum' });
    expect(validate({ id: '3' })).toBe(true);
    expect(validate.errors).toBeNull();
    expect(compiled).toEqual([schema]);
  });
});
