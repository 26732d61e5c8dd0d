import { AuditEventModel, AuditHeadModel } from './audit-event';
import { FormVersionModel, ProcessVersionModel } from './definition-version';
import { DefinitionRevisionModel } from './definition-revision';
import { DictionaryVersionModel } from './dictionary-version';
import { NotificationModel } from './notification';
import { OidcLoginModel } from './oidc-login';
import { OrganisationModel } from './organisation';
import { RequestNumberModel } from './request-number';
import { RequestProjectionModel } from './request-projection';
import { SavedViewModel } from './saved-view';
import { SessionModel } from './session';
import { TaskProjectionModel } from './task-projection';
import { UserModel } from './user';
import { UserIdentityModel } from './user-identity';
import { WindowFilingModel } from './window-filing';

export * from './audit-event';
export * from './definition-version';
export * from './definition-revision';
export * from './dictionary-version';
export * from './login-attempt';
export * from './notification';
export * from './oidc-login';
export * from './organisation';
export * from './request-number';
export * from './request-projection';
export * from './saved-view';
export * from './session';
export * from './task-projection';
export * from './user';
export * from './user-identity';
export * from './window-filing';

export const allModels = [
  OrganisationModel,
  UserModel,
  SessionModel,
  FormVersionModel,
  ProcessVersionModel,
  RequestProjectionModel,
  TaskProjectionModel,
  AuditEventModel,
  AuditHeadModel,
  NotificationModel,
  SavedViewModel,
  WindowFilingModel,
  DefinitionRevisionModel,
  DictionaryVersionModel,
  RequestNumberModel,
  UserIdentityModel,
  OidcLoginModel,
] as const;
