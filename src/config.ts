// Reads the environment once into a validated, typed Config; an invalid value stops start-up.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Static } from 'typebox';
import { Type } from './http/schema.js';
import { isEmailAddress } from './shared/email.js';
import { PRIVATE_FILE_MODE, privateDir } from './shared/private-files.js';

const LogLevel = Type.Union(
  ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((level) => Type.Literal(level)),
);

export const EnvSchema = Type.Object({
  PORT: Type.Integer({ minimum: 1, maximum: 65535, default: 3000 }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1' }),
  /** Unset: `http://localhost:<PORT>`, so links printed and mailed on a quick start point at the port in use. */
  BASE_URL: Type.Optional(Type.String({ pattern: '^https?://[^/\\s]+(/[^\\s]*)?$' })),
  DATA_DIR: Type.String({ minLength: 1, default: './data' }),
  SMTP_URL: Type.Optional(Type.String({ pattern: '^smtps?://' })),
  SMTP_ALLOW_PLAINTEXT: Type.Boolean({ default: false }),
  MAIL_FROM: Type.String({ format: 'email', default: 'ketenoverleg@dijkenwaard.example' }),
  SESSION_SECRET: Type.Optional(Type.String({ minLength: 32 })),
  REPLY_SMTP_PORT: Type.Optional(Type.Integer({ minimum: 1, maximum: 65535 })),
  LOG_LEVEL: Type.Union([LogLevel], { default: 'info' }),
  SESSION_IDLE_MINUTES: Type.Integer({ minimum: 5, maximum: 1440, default: 120 }),
  SESSION_MAX_HOURS: Type.Integer({ minimum: 1, maximum: 168, default: 12 }),
  RETENTION_DAYS: Type.Integer({ minimum: 0, maximum: 3650, default: 365 }),
  MAIL_RETENTION_DAYS: Type.Integer({ minimum: 0, maximum: 365, default: 7 }),
  TOPIC_REMINDER_DAYS: Type.Integer({ minimum: 0, maximum: 60, default: 7 }),
  AGREEMENT_REMINDER_DAYS: Type.Integer({ minimum: 0, maximum: 60, default: 7 }),
  RSVP_REMINDER_DAYS: Type.Integer({ minimum: 0, maximum: 60, default: 5 }),
  TEMPLATE_CACHE: Type.Boolean({ default: true }),
  KEEP_PAGES: Type.Boolean({ default: true }),
  TRUST_PROXY: Type.Boolean({ default: false }),
  DEMO: Type.Boolean({ default: true }),
});

export type Env = Static<typeof EnvSchema>;

export interface Config {
  port: number;
  host: string;
  baseUrl: string;
  /** True when BASE_URL is https: cookies get `Secure` and the `__Host-` prefix. */
  secure: boolean;
  dataDir: string;
  databaseFile: string;
  mailDir: string;
  smtpUrl: string | null;
  /** Send over `smtp://` to a remote host without STARTTLS when the server offers none (off: such mail fails). */
  smtpAllowPlaintext: boolean;
  mailFrom: string;
  sessionSecret: string;
  replySmtpPort: number | null;
  logLevel: string;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  retentionDays: number;
  /** Days a sent mail's body (with its login and poll links) and its .eml file are kept. */
  mailRetentionDays: number;
  topicReminderDays: number;
  /** Days before an agreement's due date that its owners are reminded (once). */
  agreementReminderDays: number;
  /** Days before a meeting that invitees without an answer are reminded once; 0 = never. */
  rsvpReminderDays: number;
  cacheTemplates: boolean;
  /** Pages marked `keepPage` are sent again until the content changes (with `cacheTemplates` only). */
  keepPages: boolean;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (for rate limits). */
  trustProxy: boolean;
  /** Whether the first start of an empty data folder without SMTP loads the demo (the quick start). */
  demo: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const ENV_KEYS = Object.keys(EnvSchema.properties);
const SECRET_KEYS = new Set(['SESSION_SECRET', 'SMTP_URL']);

/** The JSON Schema keywords EnvSchema uses; `convert` understands exactly these. */
interface Rule {
  type?: 'integer' | 'string' | 'boolean';
  minimum?: number;
  maximum?: number;
  minLength?: number;
  pattern?: string;
  format?: 'email';
  const?: string;
  anyOf?: Rule[];
  default?: unknown;
}

/** The literal values a variable accepts (LOG_LEVEL), for a message that says what to write instead. */
function allowedValues(rule: Rule): string[] {
  if (rule.const !== undefined) return [rule.const];
  return (rule.anyOf ?? []).flatMap(allowedValues);
}

/**
 * One variable's text converted to its rule's type, or why it does not fit. Written out here rather than compiled by
 * a schema validator: building one cost about a tenth of a second of every start-up, for twenty variables.
 */
function convert(rule: Rule, text: string): { value: unknown } | { reason: string } {
  if (rule.anyOf) {
    const fits = rule.anyOf.map((option) => convert(option, text)).find((result) => 'value' in result);
    return fits ?? { reason: `kies uit ${allowedValues(rule).join(', ')}` };
  }
  if (rule.const !== undefined)
    return text === rule.const ? { value: text } : { reason: `alleen ${rule.const}` };
  if (rule.type === 'boolean') {
    const word = text.toLowerCase();
    if (word === 'true' || word === '1') return { value: true };
    if (word === 'false' || word === '0') return { value: false };
    return { reason: 'true of false' };
  }
  if (rule.type === 'integer') {
    const number = Number(text);
    if (text.trim() === '' || !Number.isInteger(number)) return { reason: 'geen geheel getal' };
    if (rule.minimum !== undefined && number < rule.minimum) return { reason: `minimaal ${rule.minimum}` };
    if (rule.maximum !== undefined && number > rule.maximum) return { reason: `maximaal ${rule.maximum}` };
    return { value: number };
  }
  if (rule.minLength !== undefined && text.length < rule.minLength)
    return { reason: `minstens ${rule.minLength} tekens` };
  if (rule.pattern !== undefined && !new RegExp(rule.pattern).test(text)) return { reason: 'ongeldige vorm' };
  if (rule.format === 'email' && !isEmailAddress(text)) return { reason: 'geen e-mailadres' };
  return { value: text };
}

/** Validates `env`; throws a ConfigError whose one-line message names the variable. */
export function parseEnv(env: NodeJS.ProcessEnv): Env {
  const value: Record<string, unknown> = {};
  for (const name of ENV_KEYS) {
    const rule = EnvSchema.properties[name as keyof typeof EnvSchema.properties] as Rule;
    const text = env[name];
    if (text === undefined || text === '') {
      if (rule.default !== undefined) value[name] = rule.default;
      continue;
    }
    const result = convert(rule, text);
    if ('reason' in result) {
      // Secrets (and an SMTP_URL with its password) are never echoed into a terminal or a log.
      const shown = SECRET_KEYS.has(name) ? '(verborgen)' : JSON.stringify(text);
      throw new ConfigError(
        `Ongeldige configuratie: ${name}=${shown} (${result.reason}) / invalid configuration: ${name}`,
      );
    }
    value[name] = result.value;
  }
  // Real mail goes out in the gemeente's own name: the example sender is only for the mail folder.
  if (env.SMTP_URL && !env.MAIL_FROM) {
    throw new ConfigError(
      'Ongeldige configuratie: MAIL_FROM="" (verplicht zodra SMTP_URL is gezet: het afzenderadres van de gemeente, bijvoorbeeld ketenoverleg@gemeente.nl) / invalid configuration: MAIL_FROM',
    );
  }
  return value as Env;
}

/** Builds the Config; a missing SESSION_SECRET is generated once and kept in DATA_DIR. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = parseEnv(env);
  const dataDir = resolve(parsed.DATA_DIR);
  privateDir(dataDir);
  const baseUrl = (parsed.BASE_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/$/, '');
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    baseUrl,
    secure: baseUrl.startsWith('https://'),
    dataDir,
    databaseFile: join(dataDir, 'ketenoverleg.db'),
    mailDir: join(dataDir, 'mail'),
    smtpUrl: parsed.SMTP_URL ?? null,
    smtpAllowPlaintext: parsed.SMTP_ALLOW_PLAINTEXT,
    mailFrom: parsed.MAIL_FROM,
    sessionSecret: parsed.SESSION_SECRET ?? keptSecret(dataDir),
    replySmtpPort: parsed.REPLY_SMTP_PORT ?? null,
    logLevel: parsed.LOG_LEVEL,
    sessionIdleMinutes: parsed.SESSION_IDLE_MINUTES,
    sessionMaxHours: parsed.SESSION_MAX_HOURS,
    retentionDays: parsed.RETENTION_DAYS,
    mailRetentionDays: parsed.MAIL_RETENTION_DAYS,
    topicReminderDays: parsed.TOPIC_REMINDER_DAYS,
    agreementReminderDays: parsed.AGREEMENT_REMINDER_DAYS,
    rsvpReminderDays: parsed.RSVP_REMINDER_DAYS,
    cacheTemplates: parsed.TEMPLATE_CACHE,
    keepPages: parsed.KEEP_PAGES,
    trustProxy: parsed.TRUST_PROXY,
    demo: parsed.DEMO,
  };
}

function keptSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: PRIVATE_FILE_MODE });
  return secret;
}
