// Finds e-mail addresses, phone numbers and social-media accounts. Every pattern is anchored by a look-behind
// and has bounded repetition, so a long run of letters or digits costs linear time.
import { ROLE_MAILBOXES } from './lists/cue-words.js';
import { isKnownName } from './names.js';
import type { RawFinding } from './privacy.js';
import { classifyDutchPhone } from './validators.js';

const ROLE_LOCAL_PARTS = new Set(ROLE_MAILBOXES);
// A chat tool's mention of a whole group or channel ("@Iedereen", "@channel") is nobody's account.
const GROUP_MENTIONS = new Set([
  'iedereen',
  'allen',
  'alle',
  'alles',
  'everyone',
  'channel',
  'here',
  'hier',
  'team',
  'all',
  'kanaal',
  'groep',
]);
const PERSONAL_MAIL_DOMAINS =
  /^(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|icloud|me|ziggo|kpnmail|kpnplanet|planet|home|xs4all|hetnet|casema|chello|tele2|online|upcmail|protonmail|proton|gmx)\./;

const EMAIL =
  /(?<![\p{L}\p{N}._%+\-@])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?){1,8}/gu;

// Disguised addresses: "s.jansen[at]hotmail.com", "mo.benali (at) gmail.com", "d.vandijk @ ziggo.nl",
// "sanne punt bakker at gmail punt com". Only with a known top-level domain, so "at" in English text is no address.
const DOT = String.raw`(?:\.|\s?\[dot\]\s?|\s?\(dot\)\s?|\s(?:punt|dot)\s)`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?`;
const DISGUISED_EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+\-@])[\p{L}\p{N}_%+-]{1,40}(?:${DOT}[\p{L}\p{N}_%+-]{1,40}){0,3}(?:\s?\[at\]\s?|\s?\(at\)\s?|\s?\{at\}\s?|\s@\s?|@\s|\sat\s)${LABEL}(?:${DOT}${LABEL}){0,3}${DOT}(?:nl|com|net|org|be|eu|info|de|fr|uk|io|me)(?![\p{L}\p{N}])`,
  'giu',
);

export function findEmails(text: string): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const match of [...text.matchAll(EMAIL), ...text.matchAll(DISGUISED_EMAIL)]) {
    const address = match[0];
    const at = address.search(/@|\[at\]|\(at\)|\{at\}|\sat\s/iu);
    const rawLocal = address.slice(0, at).trimEnd();
    const local = rawLocal.replace(/^[._%+-]+/, '');
    const domain = address
      .slice(at)
      .replace(/^\s*(?:@|\[at\]|\(at\)|\{at\}|at)\s*/iu, '')
      .replace(/\s?(?:\[dot\]|\(dot\))\s?|\s(?:punt|dot)\s/giu, '.')
      .toLowerCase();
    if (local.length === 0 || !/\.\p{L}{2,}$/u.test(domain)) continue;
    const severity = mailSeverity(local.toLowerCase(), domain);
    if (severity === null) continue;
    findings.push({
      category: 'email',
      start: match.index + address.indexOf(local),
      end: match.index + address.length,
      severity,
    });
  }
  return findings;
}

/**
 * Personal addresses block: a private mail domain, or a local part with a name, initials or digits in it
 * ("k.jansen@", "jurre.dekker@", "pdevries@"). A role or function address ("info@", "veiligheid@",
 * "ketenoverleg@") at an organisation's domain is not personal data and is not flagged.
 */
function mailSeverity(local: string, domain: string): 'block' | 'warn' | null {
  const personalDomain = PERSONAL_MAIL_DOMAINS.test(domain);
  if (isRoleMailbox(local, domain)) return personalDomain ? 'warn' : null;
  if (personalDomain || /\d/.test(local) || /^[a-z]{1,3}\./.test(local)) return 'block';
  const pieces = local.split(/[._-]+/u).filter((piece) => piece.length > 0);
  if (pieces.some((piece) => isKnownName(piece))) return 'block';
  // "pdevries@", "jandevries@": a surname at the end of a run-together local part.
  for (let cut = 1; cut < local.length - 3; cut++) if (isKnownName(local.slice(cut), true)) return 'block';
  return null;
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
  /(?<![\p{L}\p{N}+])(?:(?:\(\+31\)|(?:\+|00)31) ?(?:[-.] ?)?(?:\(0\) ?(?:[-.] ?)?)?|\(?0)[1-9](?:(?: {0,2}[-./)] {0,2}| {1,2})?\d){8}(?![\p{N}])/gu;
const SERVICE_PHONE =
  /(?<![\p{L}\p{N}+])0(?:800|90[069])[ \-.]?(?:\d[ \-.]?){3}\d(?:(?:[ \-.]?\d){3})?(?![\p{N}])/gu;
const MUNICIPAL_PHONE = /(?<![\p{L}\p{N}])14[ -]?0\d{2,3}(?![\p{N}])/gu;
const PHONE_CUE =
  /(?<![\p{L}])(?:tel|telefoon|telefoonnummer|bel|bellen|nummer|bereikbaar|gemeente|via|op)(?![\p{L}])/iu;
const FOREIGN_PHONE = /(?<![\p{L}\p{N}+])\+(?!31)[1-9]\d{0,2}(?:[ \-.]?\d){7,11}(?![\p{N}])/gu;
// A date followed by a time ("01-10-2025 15") has the shape of a phone number.
const DATE_START = /^\(?\d{1,2}([-/.])\d{1,2}\1\d{2,4}(?![-/.]?\d)/;

/**
 * National service numbers (0800, 0900, 14 + area code) are never personal data: they are not flagged, and their
 * digits are no other number either. (112, 113 and 116 xxx are too short for any detector.)
 */
export function findServiceNumbers(text: string): { start: number; end: number }[] {
  const spans = [...text.matchAll(SERVICE_PHONE)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  for (const match of text.matchAll(MUNICIPAL_PHONE)) {
    // "14 072" is only the municipal number when the text says so; otherwise it is two numbers.
    if (PHONE_CUE.test(text.slice(Math.max(0, match.index - 25), match.index)))
      spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

export function findPhones(text: string): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const match of text.matchAll(DUTCH_PHONE)) {
    if (DATE_START.test(match[0])) continue;
    const digits = match[0].replace(/\D/g, '');
    const national = digits.startsWith('0031')
      ? `0${digits.slice(4)}`
      : digits.startsWith('31') && /^\(?\+/.test(match[0])
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
  /(?<![\p{L}\p{N}])(?:insta(?:gram)?|ig|snap(?:chat)?|sc|tik ?tok|twitter|discord|telegram|youtube|twitch|threads)(?:[- ]?(?:account|naam|gebruikersnaam|profiel|handle|id))?(?:\s+van\s+(?:haar|hem|hen|hun|hem|die|deze))?(\s*[:=]\s*|\s+(?:is|heet|was|als)(?:\s+(?:ze|zij|hij|die))?\s+|\s*\(\s*|\s+)@?([A-Za-z0-9_][A-Za-z0-9_.]{1,29})(?![\p{L}\p{N}_])/dgiu;
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
    if (/^\d+$/.test(match[1] ?? '') || GROUP_MENTIONS.has((match[1] ?? '').toLowerCase())) continue;
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
    if (!/[:=]|heet|als/.test(separator) && !HANDLE_SHAPE.test(handle)) continue;
    const handleStart = match.indices?.[2]?.[0] ?? match.index;
    const start = text[handleStart - 1] === '@' ? handleStart - 1 : handleStart;
    findings.push(block(start, handleStart + handle.length));
  }
  return findings;
}

function block(start: number, end: number): RawFinding {
  return { category: 'social_handle', start, end, severity: 'block' };
}
