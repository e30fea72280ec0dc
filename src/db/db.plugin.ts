// Decorates the app with the database and closes it when the app closes.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Db } from './connection.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
  }
}

export const dbPlugin = fp(
  async (app: FastifyInstance, opts: { db: Db; close?: () => void }) => {
    app.decorate('db', opts.db);
    app.addHook('onClose', async () => opts.close?.());
  },
  { name: 'db' },
);
