// The one merge of a form's validation and the privacy guard that every free-text form uses.
import { describe, expect, it } from 'vitest';
import { checkFormPrivacy } from '../../src/http/privacy-check.js';
import { privacyAllowList } from '../../src/organisations/organisations.read.js';
import { useTestApp } from '../helpers/test-app.js';

const { ctx, world } = useTestApp();
const field = (value: string) => [{ name: 'description', label: 'Omschrijving', value }];
const now = new Date('2026-03-02T09:00:00Z');

describe('checkFormPrivacy', () => {
  it('passes the validated value and the guard outcome when both pass', () => {
    const result = checkFormPrivacy([], { ok: true, value: 7 }, field('Vuurwerk op het plein.'), {}, now);
    expect(result).toMatchObject({ ok: true, value: 7, privacy: { ok: true } });
  });

  it('merges the form’s messages with the guard’s, the guard speaking last about its own field', () => {
    const result = checkFormPrivacy(
      [],
      { ok: false, errors: { title: 'Vul een titel in.', description: 'Te lang.' } },
      field('Bel de moeder op 06-12345678.'),
      {},
      now,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors)).toEqual(['title', 'description']);
    expect(result.errors.title).toBe('Vul een titel in.');
    expect(result.errors.description).toBe(result.privacy.errors.description);
    expect(result.errors.description).not.toBe('Te lang.');
  });

  it('refuses a valid form whose free text the guard blocks', () => {
    const result = checkFormPrivacy([], { ok: true, value: 7 }, field('Bel 06-12345678.'), {}, now);
    expect(result).toMatchObject({ ok: false, privacy: { blocked: true } });
  });
});

describe('privacyAllowList', () => {
  it('names every organisation, so the guard passes its name', () => {
    const allow = privacyAllowList(ctx.deps.db);
    expect(allow).toContain(world.school.name);
  });
});
