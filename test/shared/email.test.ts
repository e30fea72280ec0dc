// The one e-mail rule that the login form, contacts, the import and the settings share.
import { describe, expect, it } from 'vitest';
import { isEmailAddress } from '../../src/shared/email.js';

describe('isEmailAddress', () => {
  it('accepts an address with a domain and a dot in it', () => {
    expect(isEmailAddress('zorg@waardselyceum.example')).toBe(true);
    expect(isEmailAddress('a.b+c@sub.dijkenwaard.nl')).toBe(true);
  });

  it('refuses an address without @, domain or dot, with spaces or with two @', () => {
    for (const value of [
      '',
      'zorg',
      'zorg@',
      '@school.nl',
      'zorg@school',
      'zorg @school.nl',
      'a@b@school.nl',
    ]) {
      expect(isEmailAddress(value), value).toBe(false);
    }
  });

  it('refuses an address longer than 254 characters', () => {
    const domain = '@school.nl';
    expect(isEmailAddress(`${'a'.repeat(254 - domain.length)}${domain}`)).toBe(true);
    expect(isEmailAddress(`${'a'.repeat(255 - domain.length)}${domain}`)).toBe(false);
  });
});
