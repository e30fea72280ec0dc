// Turns privacy findings for a form's free-text fields into what the form shows: per-field marked text,
// messages, and whether the writer must remove something (block) or may confirm (warn). Pure.
import { createHash } from 'node:crypto';
import { t } from '../locale/index.js';
import type { FieldErrors } from '../shared/field-errors.js';
import { type Finding, scan } from './privacy.js';

export interface GuardedField {
  name: string;
  /** The field's label, used in the error summary ("Verwijder de persoonsgegevens uit Omschrijving"). */
  label: string;
  value: string;
}

export interface FieldFindings {
  /** Only warnings in this field (nothing to remove for sure). */
  warnedOnly: boolean;
  markedHtml: string;
  items: { severity: Finding['severity']; message: string }[];
  /** The warning fingerprint, on the first field with warnings, where the form shows the confirmation. */
  confirm: string | null;
}

export interface GuardOutcome {
  /** True when the text may be stored: no findings, or only warnings the writer confirmed. */
  ok: boolean;
  blocked: boolean;
  /** Only warnings, not (yet) confirmed for exactly these findings. */
  needsConfirmation: boolean;
  /** Fingerprint of the current warnings; the confirm checkbox is only valid for this set. */
  warningFingerprint: string | null;
  /** Categories the writer confirmed as not personal data (recorded without the text). */
  confirmedCategories: string[];
  fields: Record<string, FieldFindings>;
  errors: FieldErrors;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The text with each finding wrapped in <mark> and a visible label, so it is not marked by colour alone. */
export function markFindings(text: string, findings: readonly Finding[]): string {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  let html = '';
  let position = 0;
  for (const finding of sorted) {
    if (finding.start < position) continue;
    html += escapeHtml(text.slice(position, finding.start));
    const label = t(`privacy.labels.${finding.category}`);
    html += `<mark class="ko-privacy__${finding.severity}">${escapeHtml(text.slice(finding.start, finding.end))}</mark>`;
    html += `<span class="ko-privacy__label"> [${escapeHtml(label)}]</span>`;
    position = finding.end;
  }
  return html + escapeHtml(text.slice(position));
}

function fingerprint(findings: { field: string; finding: Finding }[]): string {
  const key = findings
    .map(({ field, finding }) => `${field}:${finding.category}:${finding.text}`)
    .sort()
    .join('\n');
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

export function guardFields(
  fields: readonly GuardedField[],
  options: { allow: readonly string[]; now: Date; confirmedFingerprint?: string | undefined },
): GuardOutcome {
  const result: Record<string, FieldFindings> = {};
  const errors: FieldErrors = {};
  const warnings: { field: string; finding: Finding }[] = [];
  let blocked = false;
  for (const field of fields) {
    const findings = scan(field.value, { allow: options.allow, now: options.now });
    if (findings.length === 0) continue;
    const fieldBlocked = findings.some((finding) => finding.severity === 'block');
    blocked ||= fieldBlocked;
    for (const finding of findings)
      if (finding.severity === 'warn') warnings.push({ field: field.name, finding });
    result[field.name] = {
      warnedOnly: !fieldBlocked,
      markedHtml: markFindings(field.value, findings),
      items: findings.map((finding) => ({ severity: finding.severity, message: finding.message })),
      confirm: null,
    };
    errors[field.name] = t(fieldBlocked ? 'privacyForm.blocked' : 'privacyForm.warned', {
      field: field.label,
    });
  }
  const warningFingerprint = warnings.length > 0 ? fingerprint(warnings) : null;
  const confirmed =
    !blocked && warningFingerprint !== null && options.confirmedFingerprint === warningFingerprint;
  const clean = Object.keys(result).length === 0;
  const needsConfirmation = !blocked && !clean && !confirmed;
  // The confirmation sits right beside the first warning, not at the bottom of the form.
  const firstWarned = warnings[0]?.field;
  const firstWarnedField = firstWarned === undefined ? undefined : result[firstWarned];
  if (needsConfirmation && firstWarnedField !== undefined) firstWarnedField.confirm = warningFingerprint;
  return {
    ok: clean || confirmed,
    blocked,
    needsConfirmation,
    warningFingerprint,
    confirmedCategories: confirmed ? [...new Set(warnings.map(({ finding }) => finding.category))] : [],
    fields: clean || confirmed ? {} : result,
    errors: clean || confirmed ? {} : errors,
  };
}
