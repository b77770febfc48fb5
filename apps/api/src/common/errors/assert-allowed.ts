import { type Decision, type DenyReason, DomainError } from '@chantier/domain';

const MESSAGES: Record<DenyReason, string> = {
  ACCOUNT_INACTIVE: 'This account has been deactivated.',
  NOT_A_MEMBER: 'Only members of this space can do this.',
  NOT_AUTHOR: 'Only the author or a moderator can change this.',
  NOT_MODERATOR: 'Only a moderator of this space can do this.',
  NOT_SPACE_OWNER: 'Only an owner of this space can change it.',
  ADMIN_ONLY: 'Only an administrator can do this.',
  SPACE_NOT_JOINABLE: 'This space is not open: ask one of its members to add you.',
  ALREADY_MEMBER: 'You are already a member of this space.',
};

/** Turns an access-policy refusal into a typed error. */
export const assertAllowed = (decision: Decision): void => {
  if (!decision.allowed) throw new DomainError(decision.reason, MESSAGES[decision.reason]);
};
