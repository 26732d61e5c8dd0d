import type { RawRuleOf, MongoAbility } from '@casl/ability';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import type { components, operations } from './generated/api-schema';

/** The API's own schemas (generated from its OpenAPI document): the names below come from them where they can. */
export type Schemas = components['schemas'];

/** The query parameters an endpoint (by its operationId) takes, all optional unless the server requires them. */
export type QueryOf<Operation extends keyof operations> = NonNullable<operations[Operation]['parameters']['query']>;

/** The API's shapes as the client reads them (see the server's `/api/v1` routes). */

export type SessionUser = Schemas['User'];
export type Role = SessionUser['roles'][number];

/** What the server's CASL rules speak about; the client only asks `can(action, subjectType)`. */
export type AppAbility = MongoAbility<[string, string]>;

/** Body of login and `me`; the rules typed as CASL reads them. */
export type Session = Omit<Schemas['Profile'], 'rules'> & { rules: RawRuleOf<AppAbility>[] };

export type FormData = Record<string, unknown>;

/** A form as the API sends it, its JSON Schema typed for the form renderer. */
export interface FormSpec {
  schema: RJSFSchema;
  uiSchema?: UiSchema;
}

/** An API shape whose `form` the client reads as a `FormSpec`. */
type WithForm<T, F> = Omit<T, 'form'> & { form: F };

export type CatalogueProcess = WithForm<Schemas['CatalogueItem'], FormSpec & { example?: FormData }>;

export type RequestSummary = Schemas['RequestSummary'];
export type RequestStatus = RequestSummary['status'];
/** The whole request's clock (办结时限): on_time, reminded, yellow (黄牌) or red (红牌); paused during 补正. */
export type RequestDeadline = NonNullable<RequestSummary['deadline']>;

export type RequestStep = Schemas['RequestView']['steps'][number];
export type StepStatus = RequestStep['status'];

export type Party = Schemas['Party'];
export type TimelineEntry = Schemas['TimelineEntry'];

export type RequestDetail = Omit<WithForm<Schemas['RequestView'], FormSpec | null>, 'stepForms'> & {
  /** The form of each step in `stepData` (its title in the caller's language), to show what it recorded. */
  stepForms?: Record<string, FormSpec & { title: string }>;
};

export type TaskSummary = Schemas['TaskView'];
export type TaskStatus = TaskSummary['status'];
/** A step's time limit as the inbox shows it. */
export type StepDeadline = NonNullable<TaskSummary['deadline']>;

/** How many tasks each inbox view holds (`GET /tasks/counts`). */
export type TaskCounts = Schemas['TaskCounts'];

export type TaskDetail = Omit<Schemas['TaskDetail'], 'request' | 'fillForm'> & {
  request: RequestDetail;
  /** Present on a 填报 task: the handler fills this form and submits it with `approve`. */
  fillForm?: FormSpec;
};

export type TaskDecision = Extract<TaskAction, 'approve' | 'reject'>;

export type TaskAction = Schemas['TaskActionBody']['action'];

export type RequestAction = NonNullable<
  operations['actOnRequest']['requestBody']
>['content']['application/json']['action'];
