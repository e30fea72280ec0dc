// The benchmark's baseline: a bare Fastify app with one hello route, run as its own process like the app, so every
// page's figure can be given as a share of what Fastify alone manages on the same machine at the same moment.
import Fastify from 'fastify';

const app = Fastify();
app.get('/', async () => ({ hello: 'world' }));
app.get('/healthz', async () => ({ status: 'ok' }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
