import { Global, Module } from '@nestjs/common';

import { ConnectorsRepository } from './connectors.repository.js';

@Global()
@Module({ providers: [ConnectorsRepository], exports: [ConnectorsRepository] })
export class ConnectorsModule {}
