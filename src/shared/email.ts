// What the app accepts as an e-mail address: the one rule for the login form, contacts, the contact import and
// the privacy contact in the settings.

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The longest address SMTP carries (RFC 5321: a path of 256 octets, less its angle brackets). */
const MAX_EMAIL_LENGTH = 254;

/** Something@domain.tld without spaces, at most 254 characters; the caller trims and lowercases first. */
export function isEmailAddress(value: string): boolean {
  return value.length <= MAX_EMAIL_LENGTH && EMAIL.test(value);
}
