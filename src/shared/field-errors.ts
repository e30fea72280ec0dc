// A form's messages by field name, in Dutch: what validation, the form helpers and the privacy guard return and the
// error summary shows.
export type FieldErrors = Partial<Record<string, string>>;
