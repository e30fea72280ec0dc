// The one shape of a module's route plugin: TypeBox-typed (params, query and body come typed from the route's
// schema, never cast) and given the app's config and injected dependencies.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Config } from '../config.js';
import type { Deps } from '../deps.js';

export interface ModuleOptions {
  config: Config;
  deps: Deps;
}

/** A module's route plugin; `Extra` names what the app passes in besides config and deps. */
export type ModulePlugin<Extra extends object = object> = FastifyPluginAsyncTypebox<ModuleOptions & Extra>;
