// Builder for date polls: a poll on 7, 8 and 9 April 2026 (closing 16 March), started through the real action.
import { startPoll } from '../../src/polls/polls.actions.js';
import { validatePoll } from '../../src/polls/polls.js';
import type { TestContext } from './test-app.js';

export interface BuiltPoll {
  id: number;
  /** The poll's options, earliest first. */
  options: { id: number }[];
  /** Each participant's personal answer page (`/poll/<token>`), by contact id, as mailed. */
  links: Map<number, string>;
}

/** Asks the contacts of the schools and core partners; `startedBy` (a coordinator) is left out, as in the app. */
export function aPoll(ctx: TestContext, startedBy: number | null = null): BuiltPoll {
  const poll = validatePoll(
    { title: 'Ketenoverleg april 2026', closesOn: '2026-03-16', startTime: '15:00', endTime: '17:00' },
    ['2026-04-07', '2026-04-08', '2026-04-09'],
    ctx.clock.now(),
  );
  if (!poll.ok) throw new Error('invalid poll');
  const issued: string[] = [];
  const newToken = () => {
    const token = ctx.deps.newToken();
    issued.push(token);
    return token;
  };
  const { id } = startPoll(
    ctx.deps.db,
    {
      config: ctx.config,
      now: ctx.clock.now(),
      actor: startedBy === null ? null : { contactId: startedBy },
      newToken,
    },
    { poll: poll.value },
  );
  const db = ctx.deps.db.$client;
  // Participants get their tokens in the order they are created.
  const participants = db
    .prepare('select contact_id from date_poll_participants where poll_id = ? order by id')
    .all(id) as { contact_id: number }[];
  const options = db
    .prepare('select id from date_poll_options where poll_id = ? order by starts_at')
    .all(id) as { id: number }[];
  return {
    id,
    options,
    links: new Map(participants.map((row, index) => [row.contact_id, `/poll/${issued[index]}`])),
  };
}
