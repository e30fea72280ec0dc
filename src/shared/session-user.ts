// Who is logged in, as the session plugin reads it for every request: the access rules, the navigation, the pages and
// the actions all take it; the auth module reads and ends sessions.
export interface SessionUser {
  contactId: number;
  name: string;
  email: string;
  organisationId: number;
  organisationName: string;
  organisationKind: 'school' | 'core' | 'optional';
  role: 'member' | 'coordinator';
}
