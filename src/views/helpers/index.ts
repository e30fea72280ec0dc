// The list of Handlebars helpers, registered on a private instance shared by pages and mail.
import Handlebars from 'handlebars';
import { dateHelper, dateTimeHelper, meetingWhenHelper } from './dates.helper.js';
import { eqHelper } from './eq.helper.js';
import { linesHelper, linkToHelper, strongHelper } from './html.helper.js';
import { keptHelper } from './kept.helper.js';
import { orHelper } from './or.helper.js';
import { summaryOfHelper } from './summary-of.helper.js';
import { tHelper } from './t.helper.js';

const helpers: Record<string, Handlebars.HelperDelegate> = {
  t: tHelper,
  eq: eqHelper,
  or: orHelper,
  meetingWhen: meetingWhenHelper,
  date: dateHelper,
  summaryOf: summaryOfHelper,
  dateTime: dateTimeHelper,
  strong: strongHelper,
  linkTo: linkToHelper,
  lines: linesHelper,
  kept: keptHelper,
};

/**
 * How every page and mail template is compiled. `preventIndent`: Handlebars would otherwise indent every line of an
 * indented partial's output, also the lines of a value inside it, so a textarea showed a text of several lines with
 * spaces added before each line after the first (and saving the form stored them).
 */
export const compileOptions: Parameters<typeof Handlebars.compile>[1] = { preventIndent: true };

export function createHandlebars(): typeof Handlebars {
  const instance = Handlebars.create();
  for (const [name, helper] of Object.entries(helpers)) instance.registerHelper(name, helper);
  return instance;
}
