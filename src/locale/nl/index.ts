// The Dutch locale: one file per module, merged under the module's name.
import { audit } from './audit.js';
import { auth } from './auth.js';
import { common } from './common.js';
import { mail } from './mail.js';
import { contacts, organisations, themes } from './organisations.js';
import { pages } from './pages.js';
import { planner } from './planner.js';
import { privacy } from './privacy.js';

export const nl = {
  audit,
  auth,
  common,
  contacts,
  mail,
  organisations,
  pages,
  themes,
  planner,
  privacy,
} as const;
