// One error handler and one not-found handler: Dutch pages that never show internals.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { t } from '../locale/index.js';

/** A domain error with a stable code; `status` decides the page the user gets. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  constructor() {
    super('NOT_FOUND', t('common.errors.notFound'), 404);
  }
}

/** A path parameter that cannot name any record (malformed, or an id not in its one spelling). */
export class MalformedParamError extends DomainError {
  constructor() {
    super('MALFORMED_PARAM', t('common.errors.notFound'), 404);
  }
}

/** The record a repository found, or the not-found page when it found none (`null`). */
export function orNotFound<T>(record: T | null | undefined): T {
  if (record === null || record === undefined) throw new NotFoundError();
  return record;
}

function pageFor(error: FastifyError): { status: number; title: string; message: string } {
  if (error instanceof MalformedParamError || error.validationContext === 'params') {
    return { status: 404, title: t('common.errors.notFoundTitle'), message: t('common.errors.notFound') };
  }
  if (error instanceof DomainError) {
    return { status: error.status, title: t(`common.errors.title${error.status}`), message: error.message };
  }
  if (
    error.validationContext === 'body' &&
    error.validation?.some((issue) => issue.keyword === 'maxLength')
  ) {
    return { status: 400, title: t('common.errors.tooLargeTitle'), message: t('common.errors.fieldTooLong') };
  }
  const status = error.statusCode ?? 500;
  if (error.code?.startsWith('FST_CSRF')) {
    return { status: 403, title: t('common.errors.csrfTitle'), message: t('common.errors.csrf') };
  }
  if (status === 429)
    return { status, title: t('common.errors.tooManyTitle'), message: t('common.errors.tooMany') };
  if (status === 413)
    return { status, title: t('common.errors.tooLargeTitle'), message: t('common.errors.tooLarge') };
  if (status === 415)
    return { status, title: t('common.errors.unsupportedTitle'), message: t('common.errors.unsupported') };
  if (status >= 400 && status < 500) {
    return { status, title: t('common.errors.badRequestTitle'), message: t('common.errors.badRequest') };
  }
  return { status: 500, title: t('common.errors.serverTitle'), message: t('common.errors.server') };
}

export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler(async (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const page = pageFor(error);
    if (page.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: error.code, status: page.status }, 'request rejected');
    reply.code(page.status);
    return reply.viewAsync('error', { title: page.title, message: page.message });
  });

  app.setNotFoundHandler(async (_request: FastifyRequest, reply: FastifyReply) => {
    reply.code(404);
    return reply.viewAsync('not-found', { title: t('common.errors.notFoundTitle') });
  });
}
