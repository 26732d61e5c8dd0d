/** A JSON Schema object with the keywords Tongban forms use; anything valid in draft 2020-12 is allowed. */
export type JsonSchema = Record<string, unknown>;

/** A published form: the JSON Schema drives validation, the uiSchema only presentation. */
export interface FormDefinition {
  key: string;
  version: number;
  title: { zh: string; en?: string };
  schema: JsonSchema;
  uiSchema: Record<string, unknown>;
  /** Valid data for the form: demos, tests and the designer's preview use it. */
  example: Record<string, unknown>;
}

export type FormLanguage = 'zh-CN' | 'en';

/** One problem with one field, addressed by JSON Pointer (`/loanAmount`), message in the caller's language. */
export interface FieldError {
  path: string;
  message: string;
}
