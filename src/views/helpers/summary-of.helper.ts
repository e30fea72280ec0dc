// {{summaryOf errors}}: the error summary items (field links and messages) for a form's field errors.
import { errorSummary, type FieldErrors } from '../../http/forms.js';

export function summaryOfHelper(errors: FieldErrors | undefined) {
  return errors ? errorSummary(errors) : [];
}
