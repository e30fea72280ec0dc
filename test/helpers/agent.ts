// A tiny browser over app.inject: keeps cookies, fills in the CSRF token of the last page, follows nothing by itself.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export class Agent {
  private readonly cookies = new Map<string, string>();
  private csrf: string | null = null;

  constructor(private readonly app: FastifyInstance) {}

  private remember(response: LightMyRequestResponse) {
    for (const cookie of response.cookies) {
      if (cookie.value === '' || (cookie.expires && cookie.expires.getTime() < Date.now()))
        this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(response.body);
    if (token?.[1]) this.csrf = token[1];
    return response;
  }

  private cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  hasCookie(name: string) {
    return this.cookies.has(name);
  }

  /** Sets a cookie as if the server had (e.g. a session created directly in the database). */
  setCookie(name: string, value: string) {
    this.cookies.set(name, value);
  }

  async get(url: string) {
    return this.remember(
      await this.app.inject({ method: 'GET', url, headers: { cookie: this.cookieHeader() } }),
    );
  }

  /** Posts a multipart form with one file, as a browser does for `<input type="file">`; the CSRF token as in `post`. */
  async upload(url: string, file: { field: string; name: string; type: string; content: string | Buffer }) {
    const boundary = '----ketenoverleg-test-boundary';
    const parts: Buffer[] = [];
    if (this.csrf) {
      parts.push(
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${this.csrf}\r\n`),
      );
    }
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
      Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    );
    return this.remember(
      await this.app.inject({
        method: 'POST',
        url,
        headers: { cookie: this.cookieHeader(), 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: Buffer.concat(parts),
      }),
    );
  }

  /** The CSRF token of the last page with a form. */
  get csrfToken() {
    return this.csrf;
  }

  /**
   * Posts a form; the CSRF token of the last page is added unless `_csrf` is given (or set to null to omit it).
   * `headers` adds request headers, such as the Origin a browser sends.
   */
  async post(
    url: string,
    form: Record<string, string | string[] | null> = {},
    headers: Record<string, string> = {},
  ) {
    const body = new URLSearchParams();
    const withToken: Record<string, string | string[] | null> = { _csrf: this.csrf, ...form };
    for (const [key, value] of Object.entries(withToken)) {
      if (value === null) continue;
      for (const item of Array.isArray(value) ? value : [value]) body.append(key, item);
    }
    return this.postRaw(url, body.toString(), 'application/x-www-form-urlencoded', headers);
  }

  /** Posts a body exactly as given, with this agent's cookies: for what a browser's form would never send. */
  async postRaw(
    url: string,
    payload: string | Buffer,
    contentType: string,
    headers: Record<string, string> = {},
  ) {
    return this.remember(
      await this.app.inject({
        method: 'POST',
        url,
        headers: { ...headers, cookie: this.cookieHeader(), 'content-type': contentType },
        payload,
      }),
    );
  }
}
