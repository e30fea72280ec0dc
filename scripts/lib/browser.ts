// A minimal browser for scripts: keeps cookies, reads the CSRF token from a page, posts forms, logs in through a
// one-time link made by the admin CLI (the same mechanism an administrator uses), so no cookie is hard-coded.
import { runCli } from './app-process.js';

export interface Page {
  status: number;
  text: string;
  location: string | null;
}

export class Browser {
  private readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  /** The Cookie header a browser would send now. */
  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async get(path: string): Promise<Page> {
    return this.request(path, { method: 'GET' });
  }

  /** Posts a urlencoded form; include the `_csrf` field that `csrfFrom` read from the form page. */
  async post(path: string, fields: Record<string, string>): Promise<Page> {
    return this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  }

  /** Opens a page with a form and returns the CSRF token the form carries. */
  async csrfFrom(path: string): Promise<string> {
    const page = await this.get(path);
    const token = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1];
    if (page.status !== 200 || !token)
      throw new Error(`no form with a CSRF token on ${path} (${page.status})`);
    return token;
  }

  private async request(path: string, init: RequestInit): Promise<Page> {
    const response = await fetch(new URL(path, this.baseUrl), {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: this.cookieHeader() },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const expired = attributes.some((attribute) =>
        /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(attribute),
      );
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(at + 1).trim());
    }
    return {
      status: response.status,
      text: await response.text(),
      location: response.headers.get('location'),
    };
  }
}

/** Logs in as the contact with this e-mail address: `cli login-link`, then the link's confirmation form. */
export async function logIn(app: { baseUrl: string }, dataDir: string, email: string): Promise<Browser> {
  const link = (await runCli(dataDir, app.baseUrl, ['login-link', email])).trim();
  const browser = new Browser(app.baseUrl);
  const path = new URL(link).pathname;
  const token = await browser.csrfFrom(path);
  const done = await browser.post(path, { _csrf: token, next: '/' });
  if (done.status !== 302 && done.status !== 303)
    throw new Error(`logging in as ${email} answered ${done.status}`);
  // Follow the redirect as a browser does: its first page hands out the new session's CSRF cookie, which every
  // later request then carries.
  await browser.get(done.location ?? '/');
  return browser;
}
