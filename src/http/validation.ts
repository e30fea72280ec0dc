// Route schemas compiled by Fastify's own Ajv compiler (same options: coercion, defaults), but each when its route
// is first used: compiling all of them took about 0.6 s of every start-up, for routes most processes rarely see.
import AjvCompiler from '@fastify/ajv-compiler';

type ValidatorFactory = AjvCompiler.BuildCompilerFromPool;
type Validate = ReturnType<ReturnType<ValidatorFactory>>;

export function compileOnFirstUse(ajvCompiler: ValidatorFactory = AjvCompiler()): ValidatorFactory {
  return (externalSchemas, options) => {
    let compile: ReturnType<ValidatorFactory> | undefined;
    return (route) => {
      let validate: Validate | undefined;
      // Fastify reads `errors` from the function it was given, after a failed validation.
      const validateOnFirstUse = ((data: unknown) => {
        compile ??= ajvCompiler(externalSchemas, options);
        validate ??= compile(route);
        const valid = validate(data);
        validateOnFirstUse.errors = validate.errors;
        return valid;
      }) as Validate;
      return validateOnFirstUse;
    };
  };
}
