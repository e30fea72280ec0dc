// Importing contacts from a Dutch-Excel CSV through the real routes: the preview says what will be created, what is
// there and which rows are wrong; confirming creates exactly that, in one go; the same file again creates nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Agent } from '../helpers/agent.js';
import { sessionAgent } from '../helpers/login.js';
import { useTestApp } from '../helpers/test-app.js';

const { ctx, world, sql } = useTestApp();
let coordinator: Agent;

beforeEach(async () => {
  coordinator = sessionAgent(ctx, world.coordinator.id);
  await coordinator.get('/admin/import');
});

// As Dutch Excel saves "CSV UTF-8": a BOM, semicolons, CRLF, quotes around fields with a semicolon or a quote.
function file(lines: string[]): string {
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The file of the tests: built per test, because it names the test world's school and contact. */
function dutchExcelFile(): string {
  return file([
    'Organisatie;Soort;Naam;E-mail;Functie',
    'Het Baken College;school;Anna de Boer;A.deBoer@hetbaken.example;ondersteuningscoördinator',
    '"Het Baken College";School;"Piet ""PJ"" Jansen";p.jansen@hetbaken.example;"mentor; leerjaar 2"',
    'Brijder;partner;Sanne Smit;s.smit@brijder.example;preventiewerker',
    'Politie – jeugdagent;kernpartner;Karin Wit;geen-adres;jeugdagent',
    `${world.school.name};school;${world.schoolMember.name};${world.schoolMember.email};directeur`,
    'Vossius;hogeschool;Tim Vos;t.vos@vossius.example;docent',
  ]);
}

const contactRows = () =>
  sql<{ name: string; email: string; role: string; access: string; organisation: string; kind: string }>(
    'select c.name, c.email, c.role, c.access, o.name as organisation, o.kind from contacts c join organisations o on o.id = c.organisation_id order by c.id',
  );

describe('the preview', () => {
  it('shows what will be created, what is there already and which rows are wrong and why, and saves nothing', async () => {
    const before = contactRows();
    const preview = await coordinator.upload('/admin/import/preview', {
      field: 'file',
      type: 'text/csv',
      name: 'contacten.csv',
      content: dutchExcelFile(),
    });
    expect(preview.statusCode).toBe(200);
    const html = preview.body;
    expect(html).toContain('Worden toegevoegd: 2 organisaties en 3 contactpersonen.');
    expect(html).toContain('Staan er al in: 1 contactpersoon.');
    expect(html).toContain('Kloppen niet en worden overgeslagen: 2 regels.');
    // New organisations with their kind; the quoted name is the same organisation as the unquoted one.
    expect(html).toContain(
      '<td class="utrecht-table__cell">Het Baken College</td><td class="utrecht-table__cell" data-label="Soort">School</td>',
    );
    expect(html).toContain(
      '<td class="utrecht-table__cell">Brijder</td><td class="utrecht-table__cell" data-label="Soort">Partner per thema</td>',
    );
    expect(html.match(/<td class="utrecht-table__cell">Het Baken College<\/td>/g)).toHaveLength(1);
    // Quotes and a semicolon inside quotes are read as Excel meant them; addresses in lower case.
    expect(html).toContain('Piet &quot;PJ&quot; Jansen');
    expect(html).toContain('mentor; leerjaar 2');
    expect(html).toContain('a.deboer@hetbaken.example');
    // Already there.
    expect(html).toContain(`${world.schoolMember.name} <span class="ko-muted">· ${world.schoolMember.email}`);
    // Wrong rows, by their line in the spreadsheet, with the reason.
    expect(html).toContain(
      'Regel 5</th><td class="utrecht-table__cell" data-label="Wat er niet klopt">“geen-adres” is geen geldig e-mailadres.</td>',
    );
    expect(html).toContain(
      'Regel 7</th><td class="utrecht-table__cell" data-label="Wat er niet klopt">Onbekende soort “hogeschool”: gebruik school, kernpartner of partner.</td>',
    );
    expect(html).toContain('>Importeer 2 organisaties en 3 contactpersonen</button>');
    expect(contactRows()).toEqual(before);
    expect(sql("select * from organisations where name in ('Het Baken College', 'Brijder')")).toEqual([]);
  });

  it('refuses a name, organisation or role the forms would refuse: over two lines, with a tab or a hidden character', async () => {
    const preview = await coordinator.upload('/admin/import/preview', {
      field: 'file',
      type: 'text/csv',
      name: 'contacten.csv',
      content: file([
        'Organisatie;Soort;Naam;E-mail;Functie',
        'Brijder;partner;"Sanne\r\nSmit";s.smit@brijder.example;preventiewerker',
        'Brijder;partner;Tom Bos;t.bos@brijder.example;"preventie\twerker"',
        'Brijder\u202E;partner;Eva Kok;e.kok@brijder.example;preventiewerker',
        'Brijder;partner;Ali Yilmaz;a.yilmaz@brijder.example;preventiewerker',
      ]),
    });
    expect(preview.statusCode).toBe(200);
    const reason = (line: number, text: string) =>
      `Regel ${line}</th><td class="utrecht-table__cell" data-label="Wat er niet klopt">${text}</td>`;
    expect(preview.body).toContain(
      reason(2, 'In de naam: Schrijf dit op één regel, zonder tab of regeleinde.'),
    );
    expect(preview.body).toContain(
      reason(3, 'In de functie: Schrijf dit op één regel, zonder tab of regeleinde.'),
    );
    expect(preview.body).toContain(
      reason(
        4,
        'In de organisatie: Hier staan onzichtbare tekens in (zoals een stuurteken of een teken dat de leesrichting omdraait). Typ de tekst opnieuw.',
      ),
    );
    expect(preview.body).toContain('Worden toegevoegd: 1 organisatie en 1 contactpersoon.');
  });

  it('refuses a file that is not UTF-8 or misses a column, in Dutch', async () => {
    const latin1 = await coordinator.upload('/admin/import/preview', {
      field: 'file',
      type: 'text/csv',
      name: 'contacten.csv',
      content: Buffer.from('organisatie;soort;naam;e-mail\nCollege;school;Jo\xebl;j@c.example\n', 'latin1'),
    });
    expect(latin1.statusCode).toBe(422);
    expect(latin1.body).toContain('Dit bestand is geen UTF-8.');
    const noEmail = await coordinator.upload('/admin/import/preview', {
      field: 'file',
      type: 'text/csv',
      name: 'contacten.csv',
      content: 'organisatie,soort,naam\nCollege,school,Jo\n',
    });
    expect(noEmail.statusCode).toBe(422);
    expect(noEmail.body).toContain('Deze kolommen ontbreken: e-mail.');
    const none = await coordinator.upload('/admin/import/preview', {
      field: 'file',
      type: 'text/csv',
      name: 'leeg.csv',
      content: '',
    });
    expect(none.body).toContain('Kies een CSV-bestand.');
  });
});

describe('confirming', () => {
  async function previewAndConfirm(content: string) {
    const preview = await coordinator.upload('/admin/import/preview', {
      field: 'file',
      type: 'text/csv',
      name: 'c.csv',
      content,
    });
    const text = /name="text" value="([^"]*)"/s.exec(preview.body)?.[1] ?? '';
    const fingerprint = /name="fingerprint" value="([^"]*)"/.exec(preview.body)?.[1] ?? '';
    const fromHtml = (value: string) =>
      value
        .replaceAll('&quot;', '"')
        .replaceAll('&#x27;', "'")
        .replaceAll('&#x3D;', '=')
        .replaceAll('&#x60;', '`')
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&amp;', '&');
    return {
      preview,
      confirm: await coordinator.post('/admin/import', { text: fromHtml(text), fingerprint }),
    };
  }

  it('creates exactly the previewed records, audited, and a second import of the same file creates nothing', async () => {
    const before = contactRows();
    const { confirm } = await previewAndConfirm(dutchExcelFile());
    expect(confirm.statusCode).toBe(302);
    expect(confirm.headers.location).toBe('/organisations');
    const added = contactRows().slice(before.length);
    expect(added).toEqual([
      {
        name: 'Anna de Boer',
        email: 'a.deboer@hetbaken.example',
        role: 'ondersteuningscoördinator',
        access: 'member',
        organisation: 'Het Baken College',
        kind: 'school',
      },
      {
        name: 'Piet "PJ" Jansen',
        email: 'p.jansen@hetbaken.example',
        role: 'mentor; leerjaar 2',
        access: 'member',
        organisation: 'Het Baken College',
        kind: 'school',
      },
      {
        name: 'Sanne Smit',
        email: 's.smit@brijder.example',
        role: 'preventiewerker',
        access: 'member',
        organisation: 'Brijder',
        kind: 'optional',
      },
    ]);
    expect(sql("select name from organisations where name in ('Politie – jeugdagent', 'Vossius')")).toEqual(
      [],
    );
    expect(
      sql(
        "select entity, count(*) as n from audit_log where action = 'import' group by entity order by entity",
      ),
    ).toEqual([
      { entity: 'contact', n: 3 },
      { entity: 'organisation', n: 2 },
    ]);
    expect((await coordinator.get('/organisations')).body).toContain(
      'Geïmporteerd: 2 organisaties en 3 contactpersonen.',
    );

    const again = await coordinator.upload('/admin/import/preview', {
      field: 'file',
      type: 'text/csv',
      name: 'c.csv',
      content: dutchExcelFile(),
    });
    expect(again.body).toContain('Er is niets nieuw om te importeren.');
    expect(again.body).toContain('Staan er al in: 4 contactpersonen.');
    expect(again.body).not.toContain('>Importeer');
    const countBefore = contactRows().length;
    const { confirm: second } = await previewAndConfirm(dutchExcelFile());
    expect(second.statusCode).toBe(302);
    expect(contactRows()).toHaveLength(countBefore);
    expect(sql('select count(*) as n from organisations where name = ?', 'Het Baken College')).toEqual([
      { n: 1 },
    ]);
  });

  it('shows the new plan instead of saving when the app changed after the preview', async () => {
    const preview = await coordinator.upload('/admin/import/preview', {
      field: 'file',
      type: 'text/csv',
      name: 'c.csv',
      content: dutchExcelFile(),
    });
    const fingerprint = /name="fingerprint" value="([^"]*)"/.exec(preview.body)?.[1] ?? '';
    // Meanwhile someone adds Brijder by hand.
    ctx.deps.db.$client
      .prepare(
        "insert into organisations (name, kind, created_at) values ('Brijder', 'optional', '2026-03-02T09:00:00Z')",
      )
      .run();
    const count = contactRows().length;
    const confirm = await coordinator.post('/admin/import', { text: dutchExcelFile(), fingerprint });
    expect(confirm.statusCode).toBe(409);
    expect(confirm.body).toContain('Het bestand of de gegevens in de app zijn veranderd');
    expect(confirm.body).toContain('Worden toegevoegd: 1 organisatie en 3 contactpersonen.');
    expect(contactRows()).toHaveLength(count);
  });

  it('is for the coordinator only', async () => {
    const school = sessionAgent(ctx, world.schoolMember.id);
    await school.get('/');
    expect((await school.get('/admin/import')).statusCode).toBe(403);
    expect(
      (
        await school.upload('/admin/import/preview', {
          field: 'file',
          type: 'text/csv',
          name: 'c.csv',
          content: dutchExcelFile(),
        })
      ).statusCode,
    ).toBe(403);
  });
});
