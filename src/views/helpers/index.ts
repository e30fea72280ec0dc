// The list of Handlebars helpers, registered on a private instance shared by pages and mail.
import Handlebars from 'handlebars';
import { dateHelper, dateTimeHelper, meetingWhenHelper } from './dates.helper.js';
import { eqHelper } from './eq.helper.js';
import { linkToHelper, strongHelper } from './html.helper.js';
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
};

export function createHandlebars(): typeof Handlebars {
  const instance = Handlebars.create();
  for (const [name, helper] of Object.entries(helpers)) instance.registerHelper(name, helper);
  return instance;
}
