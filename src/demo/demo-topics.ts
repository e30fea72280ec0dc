// The demo's topics for the upcoming meeting: submitted, accepted (on the agenda), merged, deferred and declined,
// so the triage page and the agenda builder have something to show. Idempotent: an existing topic is left alone.
import { and, eq } from 'drizzle-orm';
import { upcomingMeeting } from '../agenda/agenda.js';
import { createAgendaRepository } from '../agenda/agenda.repository.js';
import { createTopicsRepository } from '../agenda/topics.repository.js';
import type { DbOrTx } from '../db/connection.js';
import { type DesiredOutcome, type TopicStatus, topics } from '../db/schema/index.js';
import { createMeetingsRepository } from '../meetings/meetings.repository.js';
import { createContactsRepository } from '../organisations/contacts.repository.js';
import { createOrganisationsRepository } from '../organisations/organisations.repository.js';
import { createThemesRepository } from '../organisations/themes.repository.js';

interface DemoTopic {
  organisation: string;
  theme: string;
  title: string;
  description: string;
  desiredOutcome: DesiredOutcome;
  minutes: number;
  status: TopicStatus;
  /** Merged: the title of the topic it was merged into. */
  mergedInto?: string;
  declineReason?: string;
}

export const demoTopics: DemoTopic[] = [
  {
    organisation: 'Polderlicht College',
    theme: 'Roken en vapes',
    title: 'Vapes in de onderbouw',
    description:
      'Sinds de herfstvakantie vinden we vaker vapes bij leerlingen in de eerste en tweede klas, ook met nicotine. Hoe pakken andere scholen dit aan, en wat kan Brijder bieden in de les?',
    desiredOutcome: 'bespreken',
    minutes: 30,
    status: 'geagendeerd',
  },
  {
    organisation: 'Mavo De Tuinder',
    theme: 'Roken en vapes',
    title: 'Vapes bij de fietsenstalling',
    description:
      'In de pauzes wordt rond de fietsenstalling gevapet, ook door jongeren van buiten de school.',
    desiredOutcome: 'informeren',
    minutes: 10,
    status: 'samengevoegd',
    mergedInto: 'Vapes in de onderbouw',
  },
  {
    organisation: 'Waardse Lyceum',
    theme: 'Drugs en lachgas',
    title: 'Lachgas rond het station',
    description:
      'Buurtbewoners melden lege lachgaspatronen bij het station na schooltijd. We willen met politie en jongerenwerk afspreken wie wat doet.',
    desiredOutcome: 'besluiten',
    minutes: 20,
    status: 'geagendeerd',
  },
  {
    organisation: 'Vakcollege Langedijk',
    theme: 'Wapens en messen',
    title: 'Messen en nepwapens in schooltassen',
    description:
      'We overwegen tassencontroles bij signalen. Welke afspraken hebben andere scholen hierover met de jeugdagent?',
    desiredOutcome: 'bespreken',
    minutes: 20,
    status: 'ingediend',
  },
  {
    organisation: 'Praktijkschool De Kreek',
    theme: 'Signaleringsapp',
    title: 'Welke signalen horen in de signaleringsapp?',
    description: 'Collega’s twijfelen welke zorgen ze in de app zetten en welke ze met de mentor bespreken.',
    desiredOutcome: 'informeren',
    minutes: 15,
    status: 'ingediend',
  },
  {
    organisation: 'Waardse Lyceum',
    theme: 'Online veiligheid',
    title: 'Online pesten via groepsapps',
    description:
      'Pesten verplaatst zich naar groepsapps buiten schooltijd. We willen een gezamenlijke aanpak.',
    desiredOutcome: 'bespreken',
    minutes: 20,
    status: 'doorgeschoven',
  },
  {
    organisation: 'Polderlicht College',
    theme: 'Kluisjescontrole',
    title: 'Kluisjescontrole na de kerstvakantie',
    description: 'Hoe vaak controleren andere scholen kluisjes, en wie is daarbij aanwezig?',
    desiredOutcome: 'informeren',
    minutes: 10,
    status: 'afgewezen',
    declineReason:
      'Is in het vorige overleg besproken; de afspraken staan in het verslag. Neem gerust contact op met de jeugdagent.',
  },
];

export function loadDemoTopics(tx: DbOrTx, now: Date): void {
  const agenda = createAgendaRepository(tx);
  const meeting = upcomingMeeting(createMeetingsRepository(tx).listAhead(), now);
  if (!meeting) return;
  const organisations = createOrganisationsRepository(tx);
  const contacts = createContactsRepository(tx);
  const themes = createThemesRepository(tx);
  const repo = createTopicsRepository(tx);
  const at = now.toISOString();
  const idByTitle = new Map<string, number>();

  for (const demo of demoTopics) {
    const organisation = organisations.findByName(demo.organisation);
    const theme = themes.findByName(demo.theme);
    if (!organisation || !theme) continue;
    const existing = tx
      .select({ id: topics.id })
      .from(topics)
      .where(and(eq(topics.organisationId, organisation.id), eq(topics.title, demo.title)))
      .get();
    if (existing) {
      idByTitle.set(demo.title, existing.id);
      continue;
    }
    const submitter = contacts.listByOrganisation(organisation.id)[0];
    if (!submitter) continue;
    // A deferred topic waits for "a later meeting"; the others are for the upcoming meeting.
    const meetingId = demo.status === 'doorgeschoven' ? null : meeting.id;
    const id = repo.insert(
      {
        meetingId,
        themeId: theme.id,
        title: demo.title,
        description: demo.description,
        desiredOutcome: demo.desiredOutcome,
        suggestedMinutes: demo.minutes,
      },
      organisation.id,
      submitter.id,
      at,
    );
    idByTitle.set(demo.title, id);
    const mergedIntoId = demo.mergedInto ? (idByTitle.get(demo.mergedInto) ?? null) : null;
    repo.setStatus(id, { status: demo.status, mergedIntoId, declineReason: demo.declineReason ?? null }, at);
    if (demo.status === 'geagendeerd') {
      agenda.ensureStandingItems(meeting.id);
      agenda.addTopic(meeting.id, id, demo.minutes, null);
    }
  }
}
