// Finds e-mail addresses, phone numbers and social-media accounts. Every pattern is anchored by a look-behind
// and has bounded repetition, so a long run of letters or digits costs linear time.
import { ROLE_MAILBOXES } from './lists/cue-words.js';
import type { RawFinding } from './privacy.js';
import { classifyDutchPhone } from './validators.js';

const ROLE_LOCAL_PARTS = new Set(ROLE_MAILBOXES);
const PERSONAL_MAIL_DOMAINS =
  /^(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|icloud|me|ziggo|kpnmail|kpnplanet|planet|home|xs4all|hetnet|casema|chello|tele2|online|upcmail|protonmail|proton|gmx)\./;

const EMAIL =
  /(?<![\p{L}\p{N}._%+\-@])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?){1,8}/gu;

export function findEmails(text: string): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const match of text.matchAll(EMAIL)) {
    const address = match[0];
    const at = address.indexOf('@');
    const rawLocal = address.slice(0, at);
    const local = rawLocal.replace(/^[._%+-]+/, '');
    const domain = address.slice(at + 1).toLowerCase();
    if (local.length === 0 || !/\.\p{L}{2,}$/u.test(domain)) continue;
    findings.push({
      category: 'email',
      start: match.index + rawLocal.length - local.length,
      end: match.index + address.length,
      severity: isRoleMailbox(local.toLowerCase(), domain) ? 'warn' : 'block',
    });
  }
  return findings;
}

/** "info@", "secretariaat.vo@": a desk, not a person; a role word on a personal mail domain is still personal. */
function isRoleMailbox(local: string, domain: string): boolean {
  if (ROLE_LOCAL_PARTS.has(local)) return true;
  const firstSegment = local.split(/[._-]/)[0] ?? '';
  return ROLE_LOCAL_PARTS.has(firstSegment) && !PERSONAL_MAIL_DOMAINS.test(domain);
}

// Dutch numbers: +31/0031 (optionally "(0)") or 0, then nine digits; between two digits at most one separator,
// which may have a space on either side ("06 - 48 27 19 53", "(072) 512 34 56").
const DUTCH_PHONE =
  /(?<![\p{L}\p{N}+])(?:(?:\+|00)31 ?(?:[-.] ?)?(?:\(0\) ?(?:[-.] ?)?)?|\(?0)[1-9](?:(?: ?[-./)] ?| )?\d){8}(?![\p{N}])/gu;
const SERVICE_PHONE =
  /(?<![\p{L}\p{N}+])0(?:800|90[069])[ \-.]?(?:\d[ \-.]?){3}\d(?:(?:[ \-.]?\d){3})?(?![\p{N}])/gu;
const MUNICIPAL_PHONE = /(?<![\p{L}\p{N}])14[ -]?0\d{2,3}(?![\p{N}])/gu;
const PHONE_CUE =
  /(?<![\p{L}])(?:tel|telefoon|telefoonnummer|bel|bellen|nummer|bereikbaar|gemeente)(?![\p{L}])/iu;
const FOREIGN_PHONE = /(?<![\p{L}\p{N}+])\+(?!31)[1-9]\d{0,2}(?:[ \-.]?\d){7,11}(?![\p{N}])/gu;
// A date followed by a time ("01-10-2025 15") has the shape of a phone number.
const DATE_START = /^\(?\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}/;

export function findPhones(text: string): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const match of text.matchAll(DUTCH_PHONE)) {
    if (DATE_START.test(match[0])) continue;
    const digits = match[0].replace(/\D/g, '');
    const national = digits.startsWith('0031')
      ? `0${digits.slice(4)}`
      : digits.startsWith('31') && match[0].startsWith('+')
        ? `0${digits.slice(2)}`
        : digits;
    const kind = classifyDutchPhone(national.replace(/^00/, '0'));
    if (kind === null) continue;
    findings.push({
      category: 'phone',
      start: match.index,
      end: match.index + match[0].length,
      severity: kind === 'mobile' ? 'block' : 'warn',
    });
  }
  for (const match of text.matchAll(SERVICE_PHONE)) {
    findings.push({
      category: 'phone',
      start: match.index,
      end: match.index + match[0].length,
      severity: 'warn',
    });
  }
  for (const match of text.matchAll(MUNICIPAL_PHONE)) {
    // "14 072" is only a phone number when the text says so; otherwise it is two numbers.
    if (!PHONE_CUE.test(text.slice(Math.max(0, match.index - 25), match.index))) continue;
    findings.push({
      category: 'phone',
      start: match.index,
      end: match.index + match[0].length,
      severity: 'warn',
    });
  }
  for (const match of text.matchAll(FOREIGN_PHONE)) {
    findings.push({
      category: 'phone',
      start: match.index,
      end: match.index + match[0].length,
      severity: 'warn',
    });
  }
  return findings;
}

const HANDLE = /(?<![\p{L}\p{N}_.@/])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)/gu;
const PROFILE_URL =
  /(?<![\p{L}\p{N}./])(?:https?:\/\/)?(?:(?:www|m|vm|mobile)\.)?(?:instagram\.com|instagr\.am|tiktok\.com|snapchat\.com|facebook\.com|fb\.com|fb\.me|twitter\.com|x\.com|youtube\.com|youtu\.be|twitch\.tv|threads\.net|linkedin\.com|t\.me|telegram\.me|discord\.gg|reddit\.com|pinterest\.com|onlyfans\.com|bsky\.app)\/[^\s<>"'()]{1,200}/giu;
const PLATFORM_HANDLE =
  /(?<![\p{L}\p{N}])(?:insta(?:gram)?|ig|snap(?:chat)?|sc|tik ?tok|twitter|discord|telegram|youtube|twitch|threads)(?:[- ]?(?:account|naam|gebruikersnaam|profiel|handle|id))?(\s*[:=]\s*|\s+(?:is|heet|was)\s+|\s*\(\s*|\s+)@?([A-Za-z0-9_][A-Za-z0-9_.]{1,29})(?![\p{L}\p{N}_])/dgiu;
const HANDLE_SHAPE = /[0-9_.]/;
const STOP_WORDS = new Set([
  'en',
  'of',
  'is',
  'via',
  'van',
  'voor',
  'met',
  'op',
  'in',
  'de',
  'het',
  'een',
  'te',
  'om',
]);

export function findSocialHandles(text: string): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const match of text.matchAll(HANDLE)) {
    if (/^\d+$/.test(match[1] ?? '')) continue;
    findings.push(block(match.index, match.index + match[0].length));
  }
  for (const match of text.matchAll(PROFILE_URL)) {
    const url = match[0].replace(/[.,;:!?]+$/, '');
    const path = url.slice(url.indexOf('/', url.indexOf('.')) + 1);
    if (path.length === 0 || /^(?:about|help|legal|privacy)\b/i.test(path)) continue;
    findings.push(block(match.index, match.index + url.length));
  }
  for (const match of text.matchAll(PLATFORM_HANDLE)) {
    const separator = match[1] ?? '';
    const handle = (match[2] ?? '').replace(/\.+$/, '');
    if (STOP_WORDS.has(handle.toLowerCase()) || /\.(?:com|nl|net|tv|me|gg|app)$/i.test(handle)) continue;
    if ((handle.match(/[A-Za-z]/g) ?? []).length < 2) continue;
    // Without a colon ("snapchat is daan_2010", "TikTok (sanne.xo)") only a handle-shaped word counts, not
    // "instagram en tiktok" or "snapchat is populair".
    if (!/[:=]/.test(separator) && !HANDLE_SHAPE.test(handle)) continue;
    const handleStart = match.indices?.[2]?.[0] ?? match.index;
    const start = text[handleStart - 1] === '@' ? handleStart - 1 : handleStart;
    findings.push(block(start, handleStart + handle.length));
  }
  return findings;
}

function block(start: number, end: number): RawFinding {
  return { category: 'social_handle', start, end, severity: 'block' };
}
