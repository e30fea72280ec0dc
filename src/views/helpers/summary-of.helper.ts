// {{summaryOf errors}}: the error summary items (field links and messages) for a form's field errors.

import { errorSummary } from '../../http/forms.js';
import type { FieldErrors } from '../../shared/field-errors.js';

export function summaryOfHelper(errors: FieldErrors | undefined) {
  return errors ? errorSummary(errors) : [];
}
