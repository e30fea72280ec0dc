// The text part of a mail, derived from its HTML body: what a reader of plain text needs of every element.
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/mail/mail-text.js';

describe('the text part of a mail', () => {
  it('turns headings and paragraphs into paragraphs, with whitespace as a browser shows it', () => {
    expect(
      htmlToText('<h1 style="x">Kop</h1>\n  <p>Een   zin\n over  twee regels.</p><p>Tweede<br>regel</p>'),
    ).toBe('Kop\n\nEen zin over twee regels.\n\nTweede\nregel\n');
  });

  it('decodes what Handlebars escaped', () => {
    expect(htmlToText('<p>&lt;b&gt; &amp; &quot;x&quot; &#x27;y&#x27; a&#x3D;b &#8212;</p>')).toBe(
      '<b> & "x" \'y\' a=b —\n',
    );
  });

  it('writes a link as "label: address" on a line of its own, an address shown as itself as it is', () => {
    expect(
      htmlToText(
        '<p>Online: <a href="https://meet.example/a?b&#x3D;1&amp;c&#x3D;2">https://meet.example/a?b&#x3D;1&amp;c&#x3D;2</a></p>' +
          '<p><a href="http://x/rsvp/t?antwoord&#x3D;ja" style="a">Ik kom</a><a href="http://x/rsvp/t?antwoord&#x3D;nee">Ik kan niet</a></p>',
      ),
    ).toBe(
      'Online: https://meet.example/a?b=1&c=2\n\nIk kom: http://x/rsvp/t?antwoord=ja\nIk kan niet: http://x/rsvp/t?antwoord=nee\n',
    );
  });

  it('writes lists as "- item", a nested list indented', () => {
    expect(htmlToText('<p>Waarom:</p><ul><li>School</li><li>Thema<ul><li>Vapes</li></ul></li></ul>')).toBe(
      'Waarom:\n\n- School\n- Thema\n  - Vapes\n',
    );
  });

  it('writes a table row on one line, a row header as "Header: value"', () => {
    expect(
      htmlToText(
        '<table role="presentation"><tr><th scope="row">Wanneer</th><td><s>14 april</s> (gaat niet door)</td></tr>' +
          '<tr><td>15:00</td><td>Opening</td></tr><tr><td></td><td>Zonder tijd</td></tr></table>',
      ),
    ).toBe('Wanneer: 14 april (gaat niet door)\n15:00  Opening\nZonder tijd\n');
  });

  it('writes a table with column headers as a list, each cell named by its header', () => {
    expect(
      htmlToText(
        '<table><tr><th>Afspraak</th><th>Wie</th><th>Uiterlijk</th></tr>' +
          '<tr><td>Fietsen<br><span>Verkeer · open</span></td><td>Politie</td><td>1 mei</td></tr>' +
          '<tr><td>Voorlichting</td><td>School</td><td>2 mei</td></tr></table>',
      ),
    ).toBe(
      '- Fietsen\n  Verkeer · open\n  Wie: Politie\n  Uiterlijk: 1 mei\n- Voorlichting\n  Wie: School\n  Uiterlijk: 2 mei\n',
    );
  });

  it('indents a quote, and leaves out what is marked for the HTML part only', () => {
    expect(
      htmlToText(
        '<blockquote>De afspraak</blockquote><p>Klaar op 1 mei. <span data-text="none">Werkt de knop niet?<br><span>http://x</span></span></p>',
      ),
    ).toBe('  De afspraak\n\nKlaar op 1 mei.\n');
  });

  it('keeps the line breaks and blank lines of a typed text (the lines helper writes <br>), in a quote too', () => {
    expect(htmlToText('<p>Reden: Eerste<br>tweede<br><br><br>na een witregel<br></p>')).toBe(
      'Reden: Eerste\ntweede\n\nna een witregel\n',
    );
    expect(htmlToText('<blockquote>Eén<br><br>twee</blockquote><p><br><br>Drie</p>')).toBe(
      '  Eén\n\n  twee\n\nDrie\n',
    );
  });
});
