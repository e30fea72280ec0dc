// The demo's minutes and agreements for the two held meetings: some done, some open, some overdue, one reported done,
// written through the agreements module's own actions so the history reads as if the coordinator had recorded them.
import { createAgendaRepository } from '../agenda/agenda.repository.js';
import { createTopicsRepository } from '../agenda/topics.repository.js';
import {
  addProgressNote,
  establishMinutes,
  recordItem,
  reportDone,
  setAgreementStatus,
} from '../agreements/agreements.actions.js';
import type { Due, ItemRecording } from '../agreements/agreements.js';
import { createAgreementsRepository } from '../agreements/agreements.repository.js';
import type { Config } from '../config.js';
import type { DbOrTx } from '../db/connection.js';
import type { AgreementStatus } from '../db/schema/index.js';
import { createMeetingsRepository } from '../meetings/meetings.repository.js';
import { createContactsRepository } from '../organisations/contacts.repository.js';
import { createOrganisationsRepository } from '../organisations/organisations.repository.js';
import { createThemesRepository } from '../organisations/themes.repository.js';
import { guardFields } from '../privacy/guard.js';
import type { ActionContext } from '../shared/action.js';
import { toAmsterdam } from '../shared/dates.js';
import { DEMO_COORDINATOR_EMAIL } from './demo-data.js';

interface DemoAgreement {
  text: string;
  owners: string[];
  /** Days after today, or "voor het volgende overleg". */
  due: number | 'next';
  status: AgreementStatus;
}

interface DemoMeetingRecord {
  topic: { organisation: string; theme: string; title: string; description: string };
  topicMinutes: string;
  agreements: DemoAgreement[];
  rondvraag: string;
}

/** The older held meeting first, then the last one. */
const records: DemoMeetingRecord[] = [
  {
    topic: {
      organisation: 'Polderlicht College',
      theme: 'Roken en vapes',
      title: 'Vapes in de onderbouw',
      description:
        'Scholen zien meer vapes in de onderbouw, ook op de toiletten. Hoe pakken we dat samen aan?',
    },
    topicMinutes:
      'Alle scholen herkennen het beeld. Brijder biedt voorlichting aan; scholen willen hun huisregels op elkaar afstemmen.',
    agreements: [
      {
        text: 'Halt geeft in alle tweede klassen voorlichting over vuurwerk vóór de jaarwisseling.',
        owners: ['Halt'],
        due: -200,
        status: 'open',
      },
      {
        text: 'Scholen delen hun huisregels over vapes met Brijder, zodat de voorlichting erop aansluit.',
        owners: ['Polderlicht College', 'Waardse Lyceum'],
        due: 'next',
        status: 'open',
      },
      {
        text: 'De jeugdagent stemt met de scholen één werkwijze voor de kluisjescontrole af.',
        owners: ['Politie – jeugdagent'],
        due: 'next',
        status: 'vervallen',
      },
    ],
    rondvraag: 'Geen punten voor de rondvraag.',
  },
  {
    topic: {
      organisation: 'Waardse Lyceum',
      theme: 'Overlast rond school',
      title: 'Overlast bij de bushaltes na schooltijd',
      description: 'Na schooltijd is er overlast bij de bushaltes. Omwonenden bellen de school.',
    },
    topicMinutes:
      'Jongerenwerk en de jeugdagent kennen de plekken. Afgesproken is om eerst samen te kijken en dan pas te handhaven.',
    agreements: [
      {
        text: 'Jongerenwerk loopt op woensdagmiddag mee rond de bushaltes en deelt de bevindingen met de school.',
        owners: ['Jongerenwerk'],
        due: -14,
        status: 'open',
      },
      {
        text: 'De gemeente zet de contactgegevens van alle kernpartners op één pagina voor de scholen.',
        owners: ['Gemeente Dijk en Waard'],
        due: 5,
        status: 'open',
      },
      {
        text: 'Het samenwerkingsverband deelt de stroomkaart schorsing en verwijdering met de zorgcoördinatoren.',
        owners: ['Samenwerkingsverband VO'],
        due: 'next',
        status: 'open',
      },
      {
        text: 'MET en Halt maken samen een lesbrief over online veiligheid voor de brugklassen.',
        owners: ['MET', 'Halt'],
        due: 30,
        status: 'afgerond',
      },
    ],
    rondvraag: 'De scholen vragen om de data van de volgende overleggen ruim van tevoren.',
  },
];

/**
 * Records the minutes and agreements of the held demo meetings that have none yet (so `cli demo` can run again).
 * Then, as happened at the last meeting: the older minutes are vastgesteld, Halt's agreement is closed there, and
 * the samenwerkingsverband has written progress and reported its agreement done.
 */
export function loadDemoAgreements(tx: DbOrTx, now: Date, config: Config): void {
  const coordinator = createContactsRepository(tx).findByEmail(DEMO_COORDINATOR_EMAIL);
  if (!coordinator) return;
  const held = createMeetingsRepository(tx)
    .list({ concepts: true })
    .filter((meeting) => meeting.status === 'gehouden')
    .slice(-records.length);
  const agreements = createAgreementsRepository(tx);
  if (held.length < records.length || held.some((meeting) => agreements.minutesOf(meeting.id).length > 0))
    return;
  const ctx: ActionContext = { config, now, actor: { contactId: coordinator.id }, newToken: () => '' };
  const organisations = createOrganisationsRepository(tx);
  const themes = createThemesRepository(tx);
  const topics = createTopicsRepository(tx);
  const agenda = createAgendaRepository(tx);
  const clean = guardFields([], { allow: [], now });
  const idOf = (name: string) => organisations.findByName(name)?.id;

  held.forEach((meeting, index) => {
    const record = records[index];
    const organisation = record && organisations.findByName(record.topic.organisation);
    const theme = record && themes.findByName(record.topic.theme);
    if (!record || !organisation || !theme) return;
    // Submitted a week before that meeting's deadline, so the insight pages see it in its own half-year.
    const submittedAt = new Date(Date.parse(meeting.topicDeadline) - 7 * 86_400_000).toISOString();
    const topicId = topics.insert(
      {
        meetingId: meeting.id,
        themeId: theme.id,
        title: record.topic.title,
        description: record.topic.description,
        desiredOutcome: 'bespreken',
        suggestedMinutes: 30,
      },
      organisation.id,
      coordinator.id,
      submittedAt,
    );
    topics.setStatus(topicId, { status: 'besproken' }, submittedAt);
    agenda.ensureStandingItems(meeting.id);
    agenda.addTopic(meeting.id, topicId, 30, null);
    const items = agenda.items(meeting.id);
    const topicItem = items.find((item) => item.topicId === topicId);
    const rondvraag = items.find((item) => item.standing === 'rondvraag');
    if (!topicItem || !rondvraag) return;
    const due = (value: number | 'next'): Due =>
      value === 'next'
        ? { kind: 'next' }
        : { kind: 'date', date: toAmsterdam(now).plus({ days: value }).toISODate() };
    const recording: ItemRecording = {
      minutes: record.topicMinutes,
      agreements: record.agreements.map((agreement) => ({
        id: null,
        text: agreement.text,
        ownerIds: agreement.owners.flatMap((name) => idOf(name) ?? []),
        due: due(agreement.due),
        status: agreement.status,
        remove: false,
      })),
    };
    recordItem(tx, ctx, { meeting, item: { id: topicItem.id, topicId }, recording, privacy: clean });
    recordItem(tx, ctx, {
      meeting,
      item: { id: rondvraag.id, topicId: null },
      recording: { minutes: record.rondvraag, agreements: [] },
      privacy: clean,
    });
  });

  const [older, last] = held;
  if (!older || !last) return;
  establishMinutes(tx, ctx, { meetingId: older.id });
  const byText = (start: string) => agreements.list().find((agreement) => agreement.text.startsWith(start));
  const halt = byText('Halt geeft in alle tweede klassen');
  if (halt) setAgreementStatus(tx, ctx, { agreementId: halt.id, status: 'afgerond', meetingId: last.id });
  const swv = byText('Het samenwerkingsverband deelt');
  const swvContact = swv && createContactsRepository(tx).findByEmail('swv@swv-vo.example');
  const swvId = idOf('Samenwerkingsverband VO');
  if (swv && swvContact && swvId) {
    const member = { ...ctx, actor: { contactId: swvContact.id } };
    addProgressNote(tx, member, {
      agreementId: swv.id,
      organisationId: swvId,
      text: 'De stroomkaart is gemaild aan alle zorgcoördinatoren en besproken in hun netwerkoverleg.',
      privacy: clean,
    });
    reportDone(tx, member, { agreementId: swv.id });
  }
}
