import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';

import { PeopleModule } from '../people/people.module.js';
import { AuthGuard } from './auth.guard.js';
import { AuthResolver } from './auth.resolver.js';
import { LoginThrottle } from './login-throttle.js';
import { TokenService } from './token.service.js';
import { ViewerRepository } from './viewer.repository.js';

@Module({
  imports: [PeopleModule],
  providers: [AuthResolver, TokenService, LoginThrottle, ViewerRepository, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [TokenService, ViewerRepository],
})
export class AuthModule {}
