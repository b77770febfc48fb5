import { DomainError, normaliseEmail } from '@chantier/domain';
import { Args, Field, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import * as argon2 from 'argon2';

import { Public } from '../common/auth/decorators.js';
import { PeopleRepository } from '../people/people.repository.js';
import { User } from '../people/user.object.js';
import { LoginThrottle } from './login-throttle.js';
import { TokenService } from './token.service.js';

@ObjectType()
export class AuthPayload {
  @Field()
  token: string;

  @Field(() => User)
  user: User;
}

// Verifying against a real hash when the e-mail is unknown keeps response times alike,
// so timing does not reveal who has an account.
const DUMMY_HASH = argon2.hash('not-a-real-password', { type: argon2.argon2id });

@Resolver()
export class AuthResolver {
  constructor(
    private readonly people: PeopleRepository,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottle,
  ) {}

  @Public()
  @Mutation(() => AuthPayload)
  async login(@Args('email') rawEmail: string, @Args('password') password: string): Promise<AuthPayload> {
    const email = normaliseEmail(rawEmail);
    this.throttle.assertMayTry(email);
    const credentials = await this.people.findCredentials(email);
    const valid = await argon2.verify(credentials?.passwordHash ?? (await DUMMY_HASH), password);
    if (!credentials || !valid || !credentials.active) {
      this.throttle.recordFailure(email);
      throw new DomainError('INVALID_CREDENTIALS', 'Wrong e-mail or password.');
    }
    this.throttle.recordSuccess(email);
    const user = await this.people.findById(credentials.id, credentials.id);
    return { token: this.tokens.sign(credentials.id), user: user! };
  }
}
