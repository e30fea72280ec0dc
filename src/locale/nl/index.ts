// The Dutch locale: one file per module, merged under the module's name.
import { agenda, topics, triage } from './agenda.js';
import { agreements } from './agreements.js';
import { audit } from './audit.js';
import { auth } from './auth.js';
import { calendar } from './calendar.js';
import { common } from './common.js';
import { importText } from './import.js';
import { insight } from './insight.js';
import { invitations } from './invitations.js';
import { mail } from './mail.js';
import { holidays, meetings, plannerPage } from './meetings.js';
import { contacts, organisations, themes } from './organisations.js';
import { pages } from './pages.js';
import { planner } from './planner.js';
import { polls } from './polls.js';
import { privacy } from './privacy.js';
import { privacyForm } from './privacy-form.js';
import { settings } from './settings.js';

export const nl = {
  insight,
  agenda,
  topics,
  triage,
  agreements,
  audit,
  auth,
  calendar,
  common,
  contacts,
  mail,
  organisations,
  pages,
  themes,
  planner,
  privacyForm,
  privacy,
  meetings,
  plannerPage,
  holidays,
  polls,
  invitations,
  settings,
  import: importText,
} as const;
