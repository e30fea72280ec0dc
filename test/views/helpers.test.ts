// Each Handlebars helper, tested by compiling a small template on the app's own Handlebars instance.
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { createHandlebars } from '../../src/views/helpers/index.js';

const handlebars = createHandlebars();
const render = (template: string, context: Record<string, unknown> = {}) =>
  handlebars.compile(template, { strict: false })(context);

const tested = [
  't',
  'eq',
  'or',
  'date',
  'dateTime',
  'meetingWhen',
  'summaryOf',
  'strong',
  'linkTo',
  'lines',
  'kept',
];

describe('the helper list', () => {
  it('has a test here for every helper it registers', () => {
    const builtIn = new Set(Object.keys(Handlebars.create().helpers));
    const own = Object.keys(handlebars.helpers).filter((name) => !builtIn.has(name));
    expect(own.sort()).toEqual([...tested].sort());
  });

  it('registers on a private instance, not on the global Handlebars', () => {
    expect(Handlebars.helpers.t).toBeUndefined();
  });
});

describe('{{t}}', () => {
  it('shows the Dutch text of a key with its parameters filled in', () => {
    expect(render('{{t "common.form.save"}}')).toBe('Opslaan');
    expect(render('{{t "organisations.flash.created" name=name}}', { name: 'Polderlicht College' })).toBe(
      'Polderlicht College is toegevoegd.',
    );
    expect(render('{{t "common.errors.tooLong" max=120}}')).toBe('Gebruik maximaal 120 tekens.');
  });

  it('escapes the parameters, so typed text never becomes HTML', () => {
    expect(render('{{t "organisations.flash.created" name=name}}', { name: '<script>x</script>' })).toBe(
      '&lt;script&gt;x&lt;/script&gt; is toegevoegd.',
    );
  });

  it("fills the installation's names from the page's settings; a parameter the template passes wins", () => {
    const page = { settings: { gemeente: 'Dijk en Waard' } };
    expect(render('{{t "common.appSubtitle"}}', page)).toBe('Gemeente Dijk en Waard');
    expect(render('{{t "common.appSubtitle" gemeente="Den Helder"}}', page)).toBe('Gemeente Den Helder');
    expect(render('{{#each items}}{{t "common.appSubtitle"}} {{/each}}', { ...page, items: [1, 2] })).toBe(
      'Gemeente Dijk en Waard Gemeente Dijk en Waard ',
    );
    // Without a value the placeholder stays visible, as for an unknown key.
    expect(render('{{t "common.appSubtitle"}}')).toBe('Gemeente {gemeente}');
  });

  it('keeps a parameter made by {{strong}} or {{linkTo}} as HTML and escapes everything else', () => {
    expect(
      render(
        '{{t "mail.topic-reminder.intro" meetingDate=d organisationName=o deadline=(strong deadline)}}',
        { d: 'dinsdag 14 april', o: 'Mavo <De Tuinder>', deadline: '31 maart <24:00>' },
      ),
    ).toBe(
      'Voor het ketenoverleg van dinsdag 14 april heeft Mavo &lt;De Tuinder&gt; nog geen agendapunten ingediend. Dat kan tot <strong>31 maart &lt;24:00&gt;</strong>.',
    );
    expect(
      render('{{t "mail.poll-outcome.online" url=(linkTo url)}}', { url: 'https://meet.example/a?b="c"' }),
    ).toBe(
      'Online: <a href="https://meet.example/a?b&#x3D;&quot;c&quot;">https://meet.example/a?b&#x3D;&quot;c&quot;</a>',
    );
  });

  it('shows an unknown key as is, so a missing text stands out', () => {
    expect(render('{{t "bestaat.niet"}}')).toBe('bestaat.niet');
  });
});

describe('{{eq}}', () => {
  it('compares values, numbers equal to their form strings', () => {
    const template = '{{#if (eq a b)}}gelijk{{else}}anders{{/if}}';
    expect(render(template, { a: 'school', b: 'school' })).toBe('gelijk');
    expect(render(template, { a: 3, b: '3' })).toBe('gelijk');
    expect(render(template, { a: 'school', b: 'core' })).toBe('anders');
    expect(render(template, { a: null, b: 'null' })).toBe('anders');
    expect(render(template, { a: undefined, b: '' })).toBe('anders');
  });

  it('marks the chosen option of a select', () => {
    const template =
      '{{#each options}}<option{{#if (eq this ../value)}} selected{{/if}}>{{this}}</option>{{/each}}';
    expect(render(template, { options: [1, 2, 3], value: '2' })).toBe(
      '<option>1</option><option selected>2</option><option>3</option>',
    );
  });
});

describe('{{or}}', () => {
  it('is true when any argument is truthy', () => {
    const template = '{{#if (or a b c)}}ja{{else}}nee{{/if}}';
    expect(render(template, { a: '', b: 0, c: 'x' })).toBe('ja');
    expect(render(template, { a: '', b: 0, c: null })).toBe('nee');
    expect(render('{{#if (or a)}}ja{{else}}nee{{/if}}', { a: 'x' })).toBe('ja');
  });
});

describe('{{date}} and {{dateTime}}', () => {
  it('shows an instant as a Dutch date and time in Amsterdam', () => {
    expect(render('{{date at}}', { at: '2026-04-14T13:00:00.000Z' })).toBe('dinsdag 14 april 2026');
    expect(render('{{dateTime at}}', { at: '2026-04-14T13:00:00.000Z' })).toBe(
      'dinsdag 14 april 2026, 15:00',
    );
    // Winter time: one hour ahead of UTC; late in the evening UTC is already the next day in Amsterdam.
    expect(render('{{dateTime at}}', { at: '2026-01-05T23:30:00.000Z' })).toBe(
      'dinsdag 6 januari 2026, 00:30',
    );
  });

  it('shows a calendar date as that day', () => {
    expect(render('{{date day}}', { day: '2026-10-19' })).toBe('maandag 19 oktober 2026');
  });

  it('shows nothing for a missing value', () => {
    expect(render('[{{date at}}][{{dateTime at}}]', { at: null })).toBe('[][]');
    expect(render('[{{date missing}}]')).toBe('[]');
  });

  it('explains a bare {{date}}, whose field is hidden by the helper', () => {
    expect(() => render('{{date}}', { date: '2026-04-14' })).toThrow(/write \{\{this\.date\}\}/);
    expect(render('{{this.date}}', { date: '2026-04-14' })).toBe('2026-04-14');
  });
});

describe('{{meetingWhen}}', () => {
  it('shows date, start and end of a meeting', () => {
    expect(
      render('{{meetingWhen startsAt endsAt}}', {
        startsAt: '2026-04-14T13:00:00.000Z',
        endsAt: '2026-04-14T15:00:00.000Z',
      }),
    ).toBe('dinsdag 14 april 2026, 15:00–17:00');
  });

  it('shows both dates when the meeting ends on another day', () => {
    expect(
      render('{{meetingWhen startsAt endsAt}}', {
        startsAt: '2026-04-14T21:00:00.000Z',
        endsAt: '2026-04-14T23:00:00.000Z',
      }),
    ).toBe('dinsdag 14 april 2026, 23:00 – woensdag 15 april 2026, 01:00');
  });
});

describe('{{summaryOf}}', () => {
  it('gives the error summary items linking to the fields, skipping empty messages', () => {
    const template =
      '{{#with (summaryOf errors) as |summary|}}{{#each summary}}<a href="{{href}}">{{message}}</a>{{/each}}{{/with}}';
    expect(
      render(template, { errors: { name: 'Vul de naam in.', email: undefined, kind: 'Kies <een> soort.' } }),
    ).toBe('<a href="#field-name">Vul de naam in.</a><a href="#field-kind">Kies &lt;een&gt; soort.</a>');
  });

  it('gives no items without errors', () => {
    expect(render('{{#each (summaryOf errors)}}x{{else}}geen{{/each}}', {})).toBe('geen');
    expect(render('{{#each (summaryOf errors)}}x{{else}}geen{{/each}}', { errors: {} })).toBe('geen');
  });
});

describe('{{lines}}', () => {
  it('escapes a typed text and writes a <br> at each of its line breaks, whichever the browser sent', () => {
    expect(render('{{lines text}}', { text: 'Eén & <b>twee</b>\r\n  “drie” 🚸\n\rvier' })).toBe(
      'Eén &amp; &lt;b&gt;twee&lt;/b&gt;<br>  “drie” 🚸<br><br>vier',
    );
    expect(render('{{lines text}}', {})).toBe('');
  });
});

describe('{{#kept}}', () => {
  it('renders its block once per key of the memo it is given and reuses that HTML, escaped as rendered', () => {
    const kept = new Map<string, string>();
    let renders = 0;
    const memo = (key: string) => ({
      remember(render: () => string) {
        const known = kept.get(key);
        if (known !== undefined) return known;
        renders += 1;
        const html = render();
        kept.set(key, html);
        return html;
      },
    });
    const template = '<p>{{#kept memo}}<b>{{figure}}</b>{{/kept}} voor {{viewer}}</p>';
    expect(render(template, { memo: memo('2026'), figure: '4 & 5', viewer: 'Cora' })).toBe(
      '<p><b>4 &amp; 5</b> voor Cora</p>',
    );
    // The same key: the kept block, whatever the data now says; what is outside it is rendered anew.
    expect(render(template, { memo: memo('2026'), figure: '6', viewer: 'Sietske' })).toBe(
      '<p><b>4 &amp; 5</b> voor Sietske</p>',
    );
    expect(render(template, { memo: memo('2027'), figure: '6', viewer: 'Sietske' })).toBe(
      '<p><b>6</b> voor Sietske</p>',
    );
    expect(renders).toBe(2);
  });
});
