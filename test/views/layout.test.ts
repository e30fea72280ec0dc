// The layout around every page: rendered once per kind of viewer and reused, so each viewer must still see their own
// name, menu, notice, CSRF token and the page's own title.
import { describe, expect, it } from 'vitest';
import { sessionAgent } from '../helpers/login.js';
import { aMeeting } from '../helpers/meeting-builders.js';
import { useTestApp } from '../helpers/test-app.js';

const { ctx, world } = useTestApp();

const currentItem = (body: string) => /href="([^"]+)" aria-current="page"/.exec(body)?.[1];
const headerName = (body: string) => /<span class="ko-user__name">([^<]*)/.exec(body)?.[1];
const title = (body: string) => /<title>([^<]*)<\/title>/.exec(body)?.[1];

describe('the layout', () => {
  it("marks each page's own menu item and shows its own title, also when the same viewer asks again", async () => {
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    for (let round = 0; round < 2; round++) {
      const meetings = await coordinator.get('/meetings');
      expect(currentItem(meetings.body)).toBe('/meetings');
      expect(title(meetings.body)).toMatch(/^Overleggen – /);
      const organisations = await coordinator.get('/organisations');
      expect(currentItem(organisations.body)).toBe('/organisations');
      expect(title(organisations.body)).toMatch(/^Organisaties – /);
    }
  });

  it('escapes a title typed by a user', async () => {
    const meeting = aMeeting(ctx.deps.db, { title: 'Overleg <vapes> & "messen"' });
    const page = await sessionAgent(ctx, world.coordinator.id).get(`/meetings/${meeting.id}`);
    expect(title(page.body)).toMatch(/^Overleg &lt;vapes&gt; &amp; &quot;messen&quot; – /);
  });

  it('shows each viewer their own name and menu, and the new name after it changed', async () => {
    const coordinator = await sessionAgent(ctx, world.coordinator.id).get('/privacy');
    const member = await sessionAgent(ctx, world.schoolMember.id).get('/privacy');
    expect(headerName(coordinator.body)).toBe(`${world.coordinator.name} `);
    expect(headerName(member.body)).toBe(`${world.schoolMember.name} `);
    expect(coordinator.body).toContain('href="/admin"');
    expect(member.body).not.toContain('href="/admin"');

    ctx.deps.db.$client
      .prepare("update contacts set name = 'Renée Nieuw' where id = ?")
      .run(world.schoolMember.id);
    const renamed = await sessionAgent(ctx, world.schoolMember.id).get('/privacy');
    expect(headerName(renamed.body)).toBe('Renée Nieuw ');
  });

  it("puts each viewer's own CSRF token in the logout form, and it logs them out", async () => {
    const first = sessionAgent(ctx, world.schoolMember.id);
    const second = sessionAgent(ctx, world.schoolMember.id);
    await first.get('/privacy');
    await second.get('/privacy');
    expect(first.csrfToken).not.toBe(second.csrfToken);
    expect((await first.post('/logout')).statusCode).toBe(302);
    expect((await second.post('/logout')).statusCode).toBe(302);
  });

  it('shows a notice once, on the page after the redirect', async () => {
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    await coordinator.get('/organisations/new');
    const created = await coordinator.post('/organisations', { name: 'Nieuw College', kind: 'school' });
    expect(created.statusCode).toBe(302);
    const next = await coordinator.get(created.headers.location as string);
    expect(next.body).toContain('Nieuw College is toegevoegd.');
    const again = await coordinator.get(created.headers.location as string);
    expect(again.body).not.toContain('Nieuw College is toegevoegd.');
  });
});
