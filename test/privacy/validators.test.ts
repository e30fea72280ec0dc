// Validators: the BSN 11-test, IBAN mod-97, postcodes, licence-plate sidecodes, Dutch phone numbering, dates.
import { describe, expect, it } from 'vitest';
import {
  classifyDutchPhone,
  dashedLicencePlate,
  isValidDate,
  isValidIban,
  isValidPostcode,
  licencePlateSidecode,
  passesElevenTest,
} from '../../src/privacy/validators.js';

describe('passesElevenTest', () => {
  it('accepts numbers whose weighted sum is a multiple of 11', () => {
    expect(passesElevenTest('111222333')).toBe(true);
    expect(passesElevenTest('123456782')).toBe(true);
  });

  it('rejects a number with one digit changed', () => {
    expect(passesElevenTest('123456781')).toBe(false);
    expect(passesElevenTest('123456789')).toBe(false);
  });

  it('treats eight digits as a BSN with a leading zero', () => {
    expect(passesElevenTest('44123565')).toBe(true);
    expect(passesElevenTest('044123565')).toBe(true);
  });

  it('rejects all zeros, other lengths and non-digits', () => {
    expect(passesElevenTest('000000000')).toBe(false);
    expect(passesElevenTest('1234567')).toBe(false);
    expect(passesElevenTest('1234567890')).toBe(false);
    expect(passesElevenTest('12345678a')).toBe(false);
  });
});

describe('isValidIban', () => {
  it('accepts valid Dutch IBANs with or without spaces and in lower case', () => {
    expect(isValidIban('NL91ABNA0417164300')).toBe(true);
    expect(isValidIban('NL91 ABNA 0417 1643 00')).toBe(true);
    expect(isValidIban('nl91abna0417164300')).toBe(true);
  });

  it('rejects a wrong check digit or a changed account digit', () => {
    expect(isValidIban('NL92ABNA0417164300')).toBe(false);
    expect(isValidIban('NL91ABNA0417164301')).toBe(false);
  });

  it('rejects the wrong length for the country and a Dutch IBAN without a bank code', () => {
    expect(isValidIban('NL91ABNA041716430')).toBe(false);
    expect(isValidIban('NL9112340417164300')).toBe(false);
    expect(isValidIban('XX91ABNA0417164300')).toBe(false);
  });

  it('accepts IBANs of other countries with their own length', () => {
    expect(isValidIban('BE68539007547034')).toBe(true);
    expect(isValidIban('DE89370400440532013000')).toBe(true);
  });
});

describe('isValidPostcode', () => {
  it('accepts 1000–9999 with two letters', () => {
    expect(isValidPostcode('1703', 'AB')).toBe(true);
    expect(isValidPostcode('9999', 'ZZ')).toBe(true);
  });

  it('rejects numbers below 1000 and the letter pairs SA, SD and SS', () => {
    expect(isValidPostcode('0999', 'AB')).toBe(false);
    expect(isValidPostcode('1703', 'SA')).toBe(false);
    expect(isValidPostcode('1703', 'SD')).toBe(false);
    expect(isValidPostcode('1703', 'SS')).toBe(false);
    expect(isValidPostcode('1703', 'ab')).toBe(false);
  });
});

describe('licencePlateSidecode', () => {
  it.each([
    ['AB-12-34', 1],
    ['12-34-AB', 2],
    ['12-AB-34', 3],
    ['GB-12-ZX', 4],
    ['GB-ZX-12', 5],
    ['12-GB-ZX', 6],
    ['52-HKN-7', 7],
    ['4-TXH-52', 8],
    ['GV-123-B', 9],
    ['G-123-BN', 10],
    ['GBN-12-X', 11],
    ['G-12-BNX', 12],
    ['1-GB-234', 13],
    ['123-GB-4', 14],
  ])('recognises %s as sidecode %i', (plate, sidecode) => {
    expect(licencePlateSidecode(plate)).toBe(sidecode);
  });

  it('rejects vowels in modern sidecodes and shapes that are no plate', () => {
    expect(licencePlateSidecode('52-HAV-7')).toBeNull();
    expect(licencePlateSidecode('12-34-56')).toBeNull();
    expect(licencePlateSidecode('ABC-DEF-G')).toBeNull();
  });

  it('puts the dashes back into a plate written without them', () => {
    expect(dashedLicencePlate('GV123B')).toBe('GV-123-B');
    expect(dashedLicencePlate('52hkn7')).toBe('52-HKN-7');
    expect(dashedLicencePlate('AB1234')).toBe('AB-12-34');
    expect(dashedLicencePlate('HAVO12')).toBeNull();
  });
});

describe('classifyDutchPhone', () => {
  it('tells mobile, landline, service and municipal numbers apart', () => {
    expect(classifyDutchPhone('0612345678')).toBe('mobile');
    expect(classifyDutchPhone('0725123456')).toBe('landline');
    expect(classifyDutchPhone('0201234567')).toBe('landline');
    expect(classifyDutchPhone('0881234567')).toBe('landline');
    expect(classifyDutchPhone('08001234')).toBe('service');
    expect(classifyDutchPhone('09001234567')).toBe('service');
    expect(classifyDutchPhone('14072')).toBe('municipal');
  });

  it('rejects numbers that are too short, too long or have no valid prefix', () => {
    expect(classifyDutchPhone('061234567')).toBeNull();
    expect(classifyDutchPhone('06123456789')).toBeNull();
    expect(classifyDutchPhone('0812345678')).toBeNull();
    expect(classifyDutchPhone('1234567890')).toBeNull();
  });
});

describe('isValidDate', () => {
  it('knows month lengths and leap years', () => {
    expect(isValidDate(2012, 2, 29)).toBe(true);
    expect(isValidDate(2011, 2, 29)).toBe(false);
    expect(isValidDate(2011, 4, 31)).toBe(false);
    expect(isValidDate(2011, 13, 1)).toBe(false);
  });
});
