// Dutch plurals: texts with `one` and `other` forms read right for one and for more, and no text hedges with "(en)".
import { describe, expect, it } from 'vitest';
import { type Messages, t } from '../../src/locale/index.js';
import { nl } from '../../src/locale/nl/index.js';

function texts(messages: Messages, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : texts(value, `${prefix}${key}.`),
  );
}

describe('plural forms', () => {
  it('uses the singular for one and the plural for none or more', () => {
    expect(t('topics.overview.laterCount', { count: 1 })).toBe(
      '1 agendapunt ingediend voor een later overleg.',
    );
    expect(t('topics.overview.laterCount', { count: 0 })).toBe(
      '0 agendapunten ingediend voor een later overleg.',
    );
    expect(t('agenda.builder.published', { count: 1 })).toBe(
      'De agenda is gepubliceerd. 1 contactpersoon krijgt een mail.',
    );
    expect(t('agenda.builder.published', { count: 12 })).toBe(
      'De agenda is gepubliceerd. 12 contactpersonen krijgen een mail.',
    );
    expect(t('agenda.builder.overrun', { count: 1, agendaEnd: '17:01', end: '17:00' })).toMatch(
      /^Let op: de agenda loopt 1 minuut uit\. Hij eindigt om 17:01,/,
    );
    expect(t('meetings.deadline.days', { count: 1, date: 'dinsdag 24 maart 2026' })).toBe(
      'nog 1 dag, tot en met dinsdag 24 maart 2026',
    );
    expect(t('polls.flash.started', { count: 1 })).toBe(
      'De datumpeiling is gestart: 1 contactpersoon krijgt een mail met een persoonlijke link.',
    );
    expect(t('polls.show.bestRule.earliest', { count: 2, date: 'woensdag 8 april 2026' })).toBe(
      'woensdag 8 april 2026 is de beste datum: meerdere data scoren gelijk (2 organisaties kunnen), en dit is de vroegste.',
    );
  });

  it('uses the zero form for none where a text has one, and fills every placeholder of a text', () => {
    expect(t('import.counts.organisations', { count: 0 })).toBe('geen organisaties');
    expect(t('import.counts.organisations', { count: 1 })).toBe('1 organisatie');
    expect(t('import.counts.organisations', { count: 7 })).toBe('7 organisaties');
    expect(t('import.counts.organisations.other', { count: 7 })).toBe('7 organisaties');
    expect(t('agenda.builder.overrun', { count: 2, agendaEnd: '17:02', end: '17:00' })).toMatch(
      /2 minuten uit\. Hij eindigt om 17:02,.*17:00/,
    );
    expect(t('agenda.builder.overrun', { count: 2 })).toContain('{agendaEnd}');
  });

  it('never writes a plural as "agendapunt(en)" or "mail(s)"', () => {
    const hedged = texts(nl).filter(([, text]) => /\p{L}\((?:en|e|n|o|s)\)/u.test(text));
    expect(hedged).toEqual([]);
  });
});
