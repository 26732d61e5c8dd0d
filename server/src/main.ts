import { connectStore, disconnectStore } from '@tongban/store';
import { createApp } from './app';
import { readServerConfig } from './config';
import { logger } from './logger';
import { connectTemporal } from './temporal/temporal-client';

async function main(): Promise<void> {
  const config = readServerConfig();
  await connectStore(config.mongodbUri);
  const temporal = await connectTemporal(config);
  const server = createApp(temporal, config).listen(config.port, () => {
    logger.info({ port: config.port }, `API listening on http://127.0.0.1:${config.port}`);
  });
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    server.close(async () => {
      await temporal.connection.close();
      await disconnectStore();
      process.exit(0);
    });
    server.closeAllConnections();
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  logger.error({ err: error }, 'server failed to start');
  process.exit(1);
});
