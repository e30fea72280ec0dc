// Name particles that sit between a first name and a surname ("de Vries", "van den Berg", "El Amrani").
//
// Source: written by hand for this project from the Dutch spelling rules for surnames (Taalunie,
// "Achternamen met voorvoegsels") and common Arabic and Romance particles; no file copied. Project licence.
import { phrases } from './words.js';

/** Particles that may start a surname on their own, lower case; matched case-insensitively ("Van den Berg"). */
export const TUSSENVOEGSELS: readonly string[] = phrases(`
  van; de; der; den; het; 't; te; ten; ter; van de; van der; van den; van het; van 't; van ter; van ten; de la;
  de le; del; della; di; da; dos; das; du; le; la; von; von der; el; al; ben; bin; ibn; abou; abu; ait; aït; ou
`);

/**
 * Particles that start with an ordinary preposition ("op den Akker", "in 't Veld"); they are only read as
 * part of a name after a first name or initials, so "bij de Vries" keeps "bij" out of the finding.
 */
export const INNER_TUSSENVOEGSELS: readonly string[] = phrases(`
  op de; op den; op 't; op het; in de; in den; in 't; in het; uit de; uit den; uit het; aan de; aan den;
  aan 't; onder de; over de; voor de; bij de
`);
