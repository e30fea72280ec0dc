// The form side of the privacy guard: marked text, block versus warn, confirmations bound to what was shown.
import { describe, expect, it } from 'vitest';
import { guardFields, markFindings } from '../../src/privacy/guard.js';
import { scan } from '../../src/privacy/privacy.js';

const now = new Date('2026-03-02T09:00:00Z');
const field = (value: string) => [{ name: 'description', label: 'Omschrijving', value }];

describe('guardFields', () => {
  it('lets clean text through without findings', () => {
    const outcome = guardFields(field('Toename vapes in de onderbouw van alle scholen.'), { allow: [], now });
    expect(outcome).toMatchObject({ ok: true, blocked: false, needsConfirmation: false, errors: {} });
  });

  it('blocks a pupil’s name and age with class, and names the field in the error', () => {
    const outcome = guardFields(field('Daan de Vries (15 jaar, klas 3B) had een vape.'), { allow: [], now });
    expect(outcome.ok).toBe(false);
    expect(outcome.blocked).toBe(true);
    expect(outcome.needsConfirmation).toBe(false);
    expect(outcome.errors.description).toContain(
      'De tekst bij “Omschrijving” lijkt persoonsgegevens te bevatten',
    );
    const messages = outcome.fields.description?.items.map((item) => item.message).join(' ');
    expect(messages).toContain('Daan de Vries');
  });

  it('cannot be confirmed away when something is blocked', () => {
    const text = 'Daan de Vries belde via 072 123 4567.';
    const first = guardFields(field(text), { allow: [], now });
    const again = guardFields(field(text), {
      allow: [],
      now,
      confirmedFingerprint: first.warningFingerprint ?? 'x',
    });
    expect(again.ok).toBe(false);
    expect(again.blocked).toBe(true);
  });

  it('asks to confirm a warning, and accepts the confirmation only for the warnings that were shown', () => {
    const text = 'Bel het secretariaat via 072 123 4567.';
    const first = guardFields(field(text), { allow: [], now });
    expect(first).toMatchObject({ ok: false, blocked: false, needsConfirmation: true });
    expect(first.warningFingerprint).toMatch(/^[0-9a-f]{32}$/);

    const confirmed = guardFields(field(text), {
      allow: [],
      now,
      confirmedFingerprint: first.warningFingerprint ?? '',
    });
    expect(confirmed).toMatchObject({ ok: true, needsConfirmation: false, confirmedCategories: ['phone'] });

    const changed = guardFields(field('Bel het secretariaat via 072 765 4321.'), {
      allow: [],
      now,
      confirmedFingerprint: first.warningFingerprint ?? '',
    });
    expect(changed.ok).toBe(false);
    expect(changed.needsConfirmation).toBe(true);
  });

  it('never flags the organisations it is told about', () => {
    const outcome = guardFields(field('Polderlicht Zuid en Brijder geven samen voorlichting.'), {
      allow: ['Polderlicht Zuid'],
      now,
    });
    expect(outcome.ok).toBe(true);
  });
});

describe('markFindings', () => {
  it('escapes the text and marks each finding with a visible category label', () => {
    const text = '<b>Daan de Vries</b> & co';
    const html = markFindings(text, scan(text, { now }));
    expect(html).toContain('&#60;b&#62;');
    expect(html).toContain('<mark class="ko-privacy__block">Daan de Vries</mark>');
    expect(html).toContain('<span class="ko-privacy__label"> [naam]</span>');
    expect(html).not.toContain('<b>');
  });
});
