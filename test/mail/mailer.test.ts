// Rendering mail: the text part as plain text (links intact), the HTML part escaped, the subject from the locale, the
// installation's names from its settings.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderMail } from '../../src/mail/mailer.js';
import { UNSET_SETTINGS } from '../../src/settings/settings.js';
import { testConfig } from '../helpers/test-app.js';

const dataDir = mkdtempSync(join(tmpdir(), 'ketenoverleg-mailer-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const config = testConfig(dataDir);

describe('rendering the login mail', () => {
  const link = 'http://localhost:3000/login/abcDEF123_-?next=%2Forganisations%3Fsoort%3Dschool&x=<y>';
  const mail = renderMail(config, UNSET_SETTINGS, {
    template: 'login',
    to: { name: null, email: 'zorg@testcollege.example' },
    data: { link, minutes: 15 },
  });

  it('keeps the link in the text part exactly as it is, so it can be copied', () => {
    expect(mail.text).toContain(`\n${link}\n`);
    expect(mail.text).not.toContain('&#x3D;');
    expect(mail.text).not.toContain('&amp;');
    expect(mail.text).toContain('hij werkt 15 minuten en één keer');
  });

  it('escapes the link in the HTML part', () => {
    expect(mail.html).toContain(
      'href="http://localhost:3000/login/abcDEF123_-?next&#x3D;%2Forganisations%3Fsoort%3Dschool&amp;x&#x3D;&lt;y&gt;"',
    );
    expect(mail.html).not.toContain('<y>');
    expect(mail.html).toMatch(/^<!doctype html>/);
  });

  it('takes the subject from the locale', () => {
    expect(mail.subject).toBe('Je inloglink voor het ketenoverleg');
  });
});

describe('the names in a mail', () => {
  const login = {
    template: 'login',
    to: { name: null, email: 'zorg@testcollege.example' },
    data: { link: 'x' },
  };

  it('come from the settings: the gemeente under the text and atop the HTML, the covenant in the footer', () => {
    const mail = renderMail(
      config,
      {
        gemeenteName: 'Oss',
        covenantName: 'Veilig naar school in Oss',
        holidayRegion: 'zuid',
        privacyContact: 'fg@oss.example',
      },
      login,
    );
    expect(mail.text.trimEnd().split('\n').at(-1)).toBe('Ketenoverleg Veilige School – gemeente Oss');
    expect(mail.html).toContain('>Ketenoverleg Veilige School – gemeente Oss</p>');
    expect(mail.html).toContain(
      'Deze mail is verstuurd door het ketenoverleg van het convenant “Veilig naar school in Oss”.',
    );
    expect(`${mail.text}${mail.html}`).not.toMatch(/Dijk en Waard|Samen werken wij/);
  });

  it('name no gemeente before the installation has settings', () => {
    const mail = renderMail(config, UNSET_SETTINGS, login);
    expect(mail.text.trimEnd().split('\n').at(-1)).toBe('Ketenoverleg Veilige School');
    expect(mail.html).toContain(
      'Deze mail is verstuurd door het ketenoverleg. Deel in dit overleg geen persoonsgegevens van leerlingen.',
    );
    expect(`${mail.text}${mail.html}`).not.toMatch(/gemeente|convenant “/);
  });
});
