// Rendering mail: the text part derived from the one HTML body (links intact), the HTML part escaped, the subject and
// every sentence from the locale, the installation's names from its settings, the template cache as configured.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { t } from '../../src/locale/index.js';
import { createMailRenderer, renderMail } from '../../src/mail/mailer.js';
import { UNSET_SETTINGS } from '../../src/settings/settings.js';
import { viewsRoot } from '../../src/views/paths.js';
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
    expect(mail.text).toContain(`\nInloggen: ${link}\n`);
    expect(mail.text).not.toContain('&#x3D;');
    expect(mail.text).not.toContain('&amp;');
    expect(mail.text).toContain('De link werkt 15 minuten en één keer.');
    // The help under the button is for the HTML part only; the text part has no button.
    expect(mail.text).not.toContain('Werkt de knop niet?');
    expect(mail.html).toContain('Werkt de knop niet?');
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

describe('one body per mail', () => {
  it('derives the text part from the HTML body: heading, greeting, paragraphs, lists, lines and links', () => {
    const mail = renderMail(config, UNSET_SETTINGS, {
      template: 'agenda-published',
      to: { name: 'Sietske School', email: 'zorg@testcollege.example' },
      data: {
        meetingTitle: 'Ketenoverleg voorjaar 2026',
        meetingDate: 'dinsdag 14 april 2026, 15:00–17:00',
        location: 'Gemeentehuis & raadzaal',
        onlineUrl: 'https://meet.example/abc?x=1&y=2',
        reasons: ['Testcollege — school, altijd uitgenodigd'],
        lines: [
          { time: '15:00', title: 'Opening', agreements: [] },
          {
            time: '15:10',
            title: 'Openstaande afspraken',
            agreements: [{ text: 'Vapes <melden>', owners: 'Politie', due: '1 mei 2026', status: 'open' }],
          },
        ],
        link: 'http://localhost:3000/meetings/1/agenda',
      },
    });
    expect(mail.text).toBe(
      [
        'Agenda Ketenoverleg voorjaar 2026',
        '',
        'Hallo Sietske School,',
        '',
        'De agenda voor het ketenoverleg van dinsdag 14 april 2026, 15:00–17:00 staat klaar.',
        '',
        'Waar: Gemeentehuis & raadzaal',
        '',
        'Online: https://meet.example/abc?x=1&y=2',
        '',
        'Je krijgt deze agenda omdat je organisatie is uitgenodigd:',
        '',
        '- Testcollege — school, altijd uitgenodigd',
        '',
        '15:00  Opening',
        '15:10  Openstaande afspraken',
        '  - Vapes <melden> (Politie, uiterlijk 1 mei 2026, open)',
        '',
        'Agenda bekijken en afdrukken: http://localhost:3000/meetings/1/agenda',
        '',
        'Ketenoverleg Veilige School',
        '',
      ].join('\n'),
    );
    expect(mail.html).toContain('Vapes &lt;melden&gt;');
    expect(mail.html).toContain(
      'Online: <a href="https://meet.example/abc?x&#x3D;1&amp;y&#x3D;2">https://meet.example/abc?x&#x3D;1&amp;y&#x3D;2</a>',
    );
  });

  it('keeps HTML out of a sentence: emphasis is added by the template, the values are escaped', () => {
    const mail = renderMail(config, UNSET_SETTINGS, {
      template: 'topic-reminder',
      to: { name: null, email: 'zorg@testcollege.example' },
      data: {
        meetingDate: 'dinsdag 14 april 2026',
        organisationName: 'Mavo <De Tuinder>',
        deadline: 'dinsdag 31 maart 2026, 00:00',
        link: 'http://localhost:3000/topics/new',
      },
    });
    expect(mail.html).toContain(
      'heeft Mavo &lt;De Tuinder&gt; nog geen agendapunten ingediend. Dat kan tot <strong>dinsdag 31 maart 2026, 00:00</strong>.',
    );
    expect(mail.text).toContain(
      'heeft Mavo <De Tuinder> nog geen agendapunten ingediend. Dat kan tot dinsdag 31 maart 2026, 00:00.',
    );
  });
});

describe('the mail templates', () => {
  const folder = join(viewsRoot, 'mail');
  const templates = readdirSync(folder).filter((file) => file.endsWith('.hbs'));

  it('hold no words of their own: every sentence comes from the locale through {{t}}', () => {
    expect(templates.length).toBeGreaterThanOrEqual(13);
    for (const file of templates) {
      const source = readFileSync(join(folder, file), 'utf8');
      const words = source
        .replace(/{{!--[\s\S]*?--}}/g, ' ')
        .replace(/{{[^}]*}}}?/g, ' ')
        .replace(/<!doctype html>/gi, ' ')
        .replace(/<[^>]*>/g, ' ');
      // Markup, variables and punctuation such as "·" or "(…)" may stand there; a letter may not.
      expect(words.match(/\p{L}+/gu) ?? [], file).toEqual([]);
      for (const [, key] of source.matchAll(/{{t "([^"]+)"/g))
        expect(t(key as string), `${file}: ${key}`).not.toBe(key);
    }
  });

  it('are one HTML body per mail, each with a subject in the locale', () => {
    const mails = templates.filter(
      (file) => !['layout.html.hbs', 'outbox.hbs', 'dev-mail.hbs'].includes(file),
    );
    for (const file of mails) {
      expect(file).toMatch(/^[a-z-]+\.html\.hbs$/);
      expect(t(`mail.${file.replace(/\.html\.hbs$/, '')}.subject`), file).not.toMatch(/^mail\./);
    }
  });
});

describe('the template cache', () => {
  const login = {
    template: 'login',
    to: { name: null, email: 'zorg@testcollege.example' },
    data: { link: 'http://localhost:3000/login/x', minutes: 15 },
  };
  /** Renders, changes the login body in a copy of the views, and renders again. */
  function renderBeforeAndAfterAChange(cacheTemplates: boolean) {
    const root = mkdtempSync(join(tmpdir(), 'ketenoverleg-views-'));
    try {
      cpSync(join(viewsRoot, 'mail'), join(root, 'mail'), { recursive: true });
      const render = createMailRenderer({ ...config, cacheTemplates }, root);
      const before = render(UNSET_SETTINGS, login);
      const file = join(root, 'mail', 'login.html.hbs');
      writeFileSync(file, readFileSync(file, 'utf8').replace('{{greeting}}', 'Gewijzigd'));
      return { before, after: render(UNSET_SETTINGS, login) };
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }

  it('reads a changed mail template for the next mail when TEMPLATE_CACHE is off', () => {
    expect(testConfig(dataDir, { TEMPLATE_CACHE: 'false' }).cacheTemplates).toBe(false);
    const { before, after } = renderBeforeAndAfterAChange(false);
    expect(before.text).toContain('Hallo,');
    expect(after.text).toContain('Gewijzigd');
    expect(after.html).toContain('<p>Gewijzigd</p>');
  });

  it('keeps the compiled template when TEMPLATE_CACHE is on', () => {
    const { before, after } = renderBeforeAndAfterAChange(true);
    expect(after.text).toBe(before.text);
    expect(after.text).not.toContain('Gewijzigd');
  });
});
