// The health check a load balancer polls, and the body size limit on forms.
import { describe, expect, it } from 'vitest';
import { sessionAgent } from '../helpers/login.js';
import { useTestApp } from '../helpers/test-app.js';

const { ctx, world, sql } = useTestApp();

describe('GET /healthz', () => {
  it('answers ok while the database answers, and 503 when it does not', async () => {
    const ok = await ctx.app.inject({ method: 'GET', url: '/healthz' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ status: 'ok' });

    ctx.deps.db.$client.close();
    const down = await ctx.app.inject({ method: 'GET', url: '/healthz' });
    expect(down.statusCode).toBe(503);
    expect(down.json()).toEqual({ status: 'unavailable' });
  });
});

describe('the body size limit', () => {
  it('refuses a form of more than 256 KB with a Dutch page and stores nothing', async () => {
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    await coordinator.get('/themes/new');
    const response = await coordinator.post('/themes', {
      name: 'Groot thema',
      description: 'x'.repeat(300 * 1024),
    });
    expect(response.statusCode).toBe(413);
    expect(response.body).toContain('Te veel tekst');
    expect(response.body).toContain('Maak de tekst korter en probeer het opnieuw.');
    expect(sql("select id from themes where name = 'Groot thema'")).toEqual([]);
  });
});
