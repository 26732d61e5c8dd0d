/**
 * The process definition language: what administrators publish and what a
 * request pins at start. Plain data (JSON), so it travels through Temporal
 * payloads, MongoDB documents and the browser unchanged.
 */

/** A JSON Logic expression evaluated against the request's form data. */
export type JsonLogicRule = Record<string, unknown> | boolean;

/** Text in the user's language; zh-CN is required, English optional. */
export interface LocalizedText {
  zh: string;
  en?: string;
}

/**
 * Who handles a step. Every set field narrows the candidates:
 * - `org` — an organisation id;
 * - `orgFromField` — the organisation id is taken from a field of the form data;
 * - `applicantOrg` — the applicant's own organisation;
 * - `role` — a role within those organisations;
 * - `users` — named user ids (used alone).
 */
export interface AssigneeRule {
  org?: string;
  orgFromField?: string;
  applicantOrg?: boolean;
  role?: string;
  users?: string[];
}

/** 或签 any one decides / 会签 all must approve / 依次 one after another. */
export type ApprovalMode = 'any' | 'all' | 'sequential';

export interface ApprovalStep {
  type: 'approval';
  id: string;
  name: LocalizedText;
  assignees: AssigneeRule;
  /** Default `any`. */
  mode?: ApprovalMode;
  /** When present and false for the form data, the step is skipped. */
  when?: JsonLogicRule;
}

export type StepDefinition = ApprovalStep;

export interface ProcessDefinition {
  /** Stable key, e.g. `loan-renewal`. */
  key: string;
  version: number;
  name: LocalizedText;
  description?: LocalizedText;
  /** The form the applicant fills: key and version of a published form. */
  form: { key: string; version: number };
  steps: StepDefinition[];
}
