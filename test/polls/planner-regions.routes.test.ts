// The planner page per school-holiday region: the installation's region decides which shipped table the page uses.
import { describe, expect, it } from 'vitest';
import { sessionAgent } from '../helpers/login.js';
import { useTestApp } from '../helpers/test-app.js';

describe('the planner page', () => {
  const { ctx, world } = useTestApp();

  it('uses the installation’s region', async () => {
    ctx.clock.set('2026-01-05T09:00:00Z');
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    const query = '/planner?periode=2026-1&weekdays=2&startTime=15:00&endTime=17:00';
    const noord = await coordinator.get(query);
    expect(noord.body).toContain(
      '<td class="utrecht-table__cell">dinsdag 24 februari 2026</td><td class="utrecht-table__cell" data-label="Reden">in de voorjaarsvakantie</td>',
    );
    expect(noord.body).not.toContain(
      '<td class="utrecht-table__cell">dinsdag 17 februari 2026</td><td class="utrecht-table__cell" data-label="Reden">in de voorjaarsvakantie</td>',
    );

    await coordinator.get('/admin/settings');
    const saved = await coordinator.post('/admin/settings', {
      gemeenteName: 'Utrecht',
      covenantName: 'Veilige School',
      holidayRegion: 'midden',
      privacyContact: 'privacy@utrecht.example',
    });
    expect(saved.statusCode).toBe(302);
    const midden = await coordinator.get(query);
    // Midden's voorjaarsvakantie ended on 22 February: the 24th is a settling day there, not a holiday.
    expect(midden.body).toContain(
      '<td class="utrecht-table__cell">dinsdag 24 februari 2026</td><td class="utrecht-table__cell" data-label="Reden">een van de eerste 3 schooldagen na de voorjaarsvakantie</td>',
    );
    expect(midden.body).not.toContain(
      '<td class="utrecht-table__cell">dinsdag 24 februari 2026</td><td class="utrecht-table__cell" data-label="Reden">in de voorjaarsvakantie</td>',
    );
    expect(midden.body).toContain('buiten de schoolvakanties van regio Midden en de feestdagen');
  });
});
