import type { FormDefinition, JsonSchema } from '../form-definition';
import { attachmentReferences } from '../form-references';
import { validateFormData } from '../validate-form-data';
import {
  enterpriseDemandForm,
  enterpriseDemandRatingForm,
  equipmentRenewalRelendingForm,
  growthPointMonthlyReportForm,
  loanRenewalApplicationForm,
  loanRenewalApplicationFormV2,
  loanRenewalBankDecisionForm,
  projectParallelApprovalForm,
  propertyRegistrationExpediteForm,
  seedForms,
  subsidyApplicationForm,
  enterpriseDemandFormV2,
  propertyRegistrationExpediteFormV2,
  projectParallelApprovalFormV2,
  equipmentRenewalRelendingFormV2,
  subsidyApplicationFormV2,
  loanRenewalApplicationFormV3,
} from '.';
import { SEED_ENTERPRISE_FIELDS, withEnterprisePrefill } from './with-enterprise-prefill';

const zh = /[\u4e00-\u9fff]/;

/** A schema node that describes data (reached through `properties` or `items`), with its JSON Pointer into the data. */
interface ShapeNode {
  pointer: string;
  node: JsonSchema;
}

/**
 * Every node that describes the shape of the data. Conditions (`if`) are not
 * shapes: a closed `if` would make the condition fail on every other field.
 */
function shapeNodes(node: JsonSchema, pointer = ''): ShapeNode[] {
  const found: ShapeNode[] = [{ pointer, node }];
  const properties = (node.properties ?? {}) as Record<string, JsonSchema>;
  for (const [name, child] of Object.entries(properties)) found.push(...shapeNodes(child, `${pointer}/${name}`));
  if (node.items) found.push(...shapeNodes(node.items as JsonSchema, `${pointer}/0`));
  return found;
}

/** `required` lists that apply to an object: its own and those of its conditional branches. */
function requiredLists(node: JsonSchema): string[][] {
  const lists: string[][] = [];
  const visit = (schema: JsonSchema) => {
    if (Array.isArray(schema.required)) lists.push(schema.required as string[]);
    for (const keyword of ['then', 'else']) if (schema[keyword]) visit(schema[keyword] as JsonSchema);
    if (Array.isArray(schema.allOf)) for (const part of schema.allOf as JsonSchema[]) visit(part);
  };
  visit(node);
  return lists;
}

function isObjectNode(node: JsonSchema): boolean {
  return node.type === 'object' || node.properties !== undefined;
}

/** The uiSchema node for a data pointer: array items live under `items`. */
function uiNodeAt(uiSchema: Record<string, unknown>, pointer: string): Record<string, unknown> | undefined {
  let node: Record<string, unknown> | undefined = uiSchema;
  for (const segment of pointer.split('/').slice(1)) {
    node = node?.[/^\d+$/.test(segment) ? 'items' : segment] as Record<string, unknown> | undefined;
  }
  return node;
}

/** Validation messages for `data`, asserting it is invalid. */
function errorsOf(form: FormDefinition, data: unknown) {
  const result = validateFormData(form, data);
  expect(result.valid).toBe(false);
  return result.valid ? [] : result.errors;
}

/** Asserts an error at `path` whose zh message names the field by `title`. */
function expectFieldError(form: FormDefinition, data: unknown, path: string, title: string) {
  const errors = errorsOf(form, data).filter((error) => error.path === path);
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) expect(error.message).toContain(`“${title}”`);
}

describe('seed form library', () => {
  it('has kebab-case keys, each version once, versions of a key counting up from 1', () => {
    const versions = seedForms.map((form) => `${form.key}@${form.version}`);
    expect(new Set(versions).size).toBe(versions.length);
    for (const form of seedForms) {
      expect(form.key).toMatch(/^[a-z]+(-[a-z]+)*$/);
      const earlier = seedForms.filter((other) => other.key === form.key && other.version < form.version);
      expect(earlier.map((other) => other.version)).toEqual(Array.from({ length: form.version - 1 }, (_, i) => i + 1));
    }
  });

  it('lists the seed forms in the order of the seed processes', () => {
    expect(seedForms.map((form) => form.key)).toEqual([
      'loan-renewal-application',
      'loan-renewal-application',
      'loan-renewal-application',
      'loan-renewal-bank-decision',
      'loan-renewal-site-visit',
      'loan-renewal-record',
      'loan-renewal-confirmation',
      'enterprise-demand',
      'enterprise-demand',
      'enterprise-demand-rating',
      'property-registration-expedite',
      'property-registration-expedite',
      'project-parallel-approval',
      'project-parallel-approval',
      'growth-point-report-notice',
      'growth-point-monthly-report',
      'equipment-renewal-relending',
      'equipment-renewal-relending',
      'equipment-relending-credit',
      'equipment-relending-disbursement',
      'subsidy-application',
      'subsidy-application',
      'subsidy-payment',
    ]);
  });

  it('keeps loan-renewal-application’s fields: a live process pins its version 1', () => {
    const schema = loanRenewalApplicationForm.schema;
    expect(Object.keys(schema.properties as object)).toEqual([
      'loanContractNo',
      'bank',
      'loanAmount',
      'maturityDate',
      'renewalAmount',
      'purpose',
      'greenChannel',
      'contactName',
      'contactPhone',
    ]);
    expect(schema.required).toEqual([
      'loanContractNo',
      'bank',
      'loanAmount',
      'maturityDate',
      'renewalAmount',
      'purpose',
      'contactName',
      'contactPhone',
    ]);
  });
});

describe.each(seedForms.map((form) => [`${form.key}@${form.version}`, form] as const))('%s', (_key, form) => {
  const nodes = shapeNodes(form.schema);

  it('is a draft 2020-12 object schema titled in Chinese and English', () => {
    expect(form.schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(form.schema.type).toBe('object');
    expect(form.title.zh).toMatch(zh);
    expect(form.title.en).toBeTruthy();
    expect(form.schema.title).toBe(form.title.zh);
  });

  it('accepts its own example', () => {
    expect(validateFormData(form, form.example)).toEqual({ valid: true });
  });

  it('gives every field at every depth a Chinese title', () => {
    const untitled = nodes.filter(({ node }) => typeof node.title !== 'string' || !zh.test(node.title));
    expect(untitled.map(({ pointer }) => pointer || '/')).toEqual([]);
  });

  it('gives every choice a value and a Chinese title', () => {
    for (const { node } of nodes) {
      for (const option of (node.oneOf ?? []) as JsonSchema[]) {
        expect(option).toHaveProperty('const');
        expect(option.title).toMatch(zh);
      }
    }
  });

  it('closes every object level with additionalProperties: false', () => {
    const open = nodes.filter(({ node }) => isObjectNode(node) && node.additionalProperties !== false);
    expect(open.map(({ pointer }) => pointer || '/')).toEqual([]);
  });

  it('requires only fields it declares, including in conditions', () => {
    for (const { node } of nodes.filter(({ node }) => isObjectNode(node))) {
      const declared = Object.keys(node.properties as object);
      for (const list of requiredLists(node)) expect(declared).toEqual(expect.arrayContaining(list));
    }
  });

  it('orders exactly its fields in the uiSchema and styles no unknown field', () => {
    expect(form.uiSchema['ui:order']).toBeDefined();
    for (const { pointer, node } of nodes) {
      const ui = uiNodeAt(form.uiSchema, pointer);
      if (!ui) continue;
      const fields = Object.keys(ui).filter((name) => !name.startsWith('ui:'));
      if (isObjectNode(node)) {
        const declared = Object.keys(node.properties as object);
        if (ui['ui:order']) expect([...(ui['ui:order'] as string[])].sort()).toEqual([...declared].sort());
        expect(declared).toEqual(expect.arrayContaining(fields));
      } else {
        expect(fields.filter((name) => name !== 'items')).toEqual([]);
      }
    }
  });
});

describe('loan-renewal-application@2', () => {
  const form = loanRenewalApplicationFormV2;
  const statements = [
    { id: 'att-0a1b', name: '2026年10月资产负债表.pdf', size: 48_213, contentType: 'application/pdf' },
  ];

  it('is version 1 with the financial statements as uploaded files', () => {
    expect(Object.keys(form.schema.properties as object)).toEqual([
      ...Object.keys(loanRenewalApplicationForm.schema.properties as object),
      'financialStatements',
    ]);
    expect(form.schema.required).toEqual(loanRenewalApplicationForm.schema.required);
    expect(validateFormData(form, loanRenewalApplicationForm.example)).toEqual({ valid: true });
    expect(attachmentReferences(form, { ...form.example, financialStatements: statements })).toEqual([
      { path: '/financialStatements/0', fieldPath: '/financialStatements', id: 'att-0a1b' },
    ]);
  });

  it('takes references to stored files, never their bytes', () => {
    expect(validateFormData(form, { ...form.example, financialStatements: statements })).toEqual({ valid: true });
    const inline = [{ ...statements[0], content: 'JVBERi0xLjcK' }];
    expect(errorsOf(form, { ...form.example, financialStatements: inline })[0]?.path).toBe(
      '/financialStatements/0/content',
    );
  });
});

describe('loan-renewal-bank-decision', () => {
  const form = loanRenewalBankDecisionForm;

  it('requires the new contract, amount, maturity and rate when the bank approves', () => {
    const { newContractNo: _c, renewedAmount: _a, ...data } = form.example;
    const messages = errorsOf(form, data).map((error) => error.message);
    expect(messages).toEqual(expect.arrayContaining(['请填写“新借款合同编号”', '请填写“续贷金额（元）”']));
  });

  it('requires a reason when the bank declines, and no contract', () => {
    const data = {
      siteVisitDate: '2026-12-14',
      siteVisitRecord: '企业已停产三个月，无法正常经营。',
      decision: 'decline',
    };
    expect(errorsOf(form, data)).toContainEqual({ path: '/declineReason', message: '请填写“不同意续贷的理由”' });
    expect(validateFormData(form, { ...data, declineReason: '企业已停产，不具备续贷条件。' })).toEqual({ valid: true });
  });

  it('refuses a zero interest rate', () => {
    expectFieldError(form, { ...form.example, interestRate: 0 }, '/interestRate', '年利率（%）');
  });
});

describe('enterprise-demand', () => {
  const form = enterpriseDemandForm;

  it('refuses a 统一社会信用代码 with a letter the standard excludes', () => {
    expectFieldError(form, { ...form.example, creditCode: '91420902MA4D8LW6XI' }, '/creditCode', '统一社会信用代码');
    expectFieldError(form, { ...form.example, creditCode: '9142090MA4D8LW6XW' }, '/creditCode', '统一社会信用代码');
  });

  it('needs at least one item, each with a known category and a real date', () => {
    expectFieldError(form, { ...form.example, items: [] }, '/items', '诉求事项');
    const item = { category: '水电', description: '厂区用电增容', expectedDate: '2026-02-30' };
    expectFieldError(form, { ...form.example, items: [item] }, '/items/0/category', '诉求类别');
    expectFieldError(form, { ...form.example, items: [item] }, '/items/0/expectedDate', '期望解决日期');
  });
});

describe('enterprise-demand-rating', () => {
  const form = enterpriseDemandRatingForm;

  it('requires a comment when the grade is 不满意 or worse', () => {
    for (const grade of [1, 2]) {
      expect(errorsOf(form, { grade, resolved: false })).toContainEqual({
        path: '/comment',
        message: '请填写“评价意见”',
      });
    }
  });

  it('lets 基本满意 and better go without a comment', () => {
    for (const grade of [3, 4, 5]) expect(validateFormData(form, { grade, resolved: true })).toEqual({ valid: true });
  });

  it('refuses a grade outside the five levels', () => {
    expectFieldError(form, { grade: 6, resolved: true }, '/grade', '评价等级');
  });
});

describe('property-registration-expedite', () => {
  const form = propertyRegistrationExpediteForm;
  const [building] = form.example.buildings as Record<string, unknown>[];

  it('refuses a building without floor area or with a malformed 宗地代码', () => {
    const buildings = [{ ...building, floorArea: 0, landParcelNo: '420923-001-002' }];
    expectFieldError(form, { ...form.example, buildings }, '/buildings/0/floorArea', '建筑面积（m²）');
    expectFieldError(form, { ...form.example, buildings }, '/buildings/0/landParcelNo', '宗地代码');
  });

  it('refuses an impossible audit date and requires the materials checklist', () => {
    expectFieldError(form, { ...form.example, auditDate: '2026-02-30' }, '/auditDate', '审核日期（办结期限）');
    const { materials: _m, ...data } = form.example;
    expect(errorsOf(form, data)).toContainEqual({ path: '/materials', message: '请填写“已备材料”' });
  });
});

describe('project-parallel-approval', () => {
  const form = projectParallelApprovalForm;

  it('refuses a filing twice or a filing it does not know', () => {
    expectFieldError(form, { ...form.example, filings: ['eia', 'eia'] }, '/filings', '需办理的审批事项');
    expectFieldError(form, { ...form.example, filings: ['消防审验'] }, '/filings/0', '审批事项');
  });

  it('needs a "321" stage and a positive investment', () => {
    const { stage: _s, ...data } = form.example;
    expect(errorsOf(form, data)).toContainEqual({ path: '/stage', message: '请填写“项目阶段（“321”）”' });
    expectFieldError(form, { ...form.example, investment: -1 }, '/investment', '总投资（元）');
  });
});

describe('growth-point-monthly-report', () => {
  const form = growthPointMonthlyReportForm;

  it('refuses a month that does not exist', () => {
    for (const reportMonth of ['2026-13', '2026-3', '2026-03-01']) {
      expectFieldError(form, { ...form.example, reportMonth }, '/reportMonth', '报告月份');
    }
  });

  it('counts employees in whole people and output from zero up', () => {
    expectFieldError(form, { ...form.example, employees: 12.5 }, '/employees', '从业人员（人）');
    expectFieldError(form, { ...form.example, outputThisMonth: -3 }, '/outputThisMonth', '本月产值（万元）');
  });

  it('leaves problems optional', () => {
    const { problems: _p, ...data } = form.example;
    expect(validateFormData(form, data)).toEqual({ valid: true });
  });
});

describe('equipment-renewal-relending', () => {
  const form = equipmentRenewalRelendingForm;

  it('refuses equipment bought zero times', () => {
    const equipment = [{ name: '数控车床', quantity: 0, unitPrice: 286_000 }];
    expectFieldError(form, { ...form.example, equipment }, '/equipment/0/quantity', '数量（台/套）');
  });

  it('requires the truthfulness pledge and a bank named once', () => {
    const declarations = { ...(form.example.declarations as object), truthful: false };
    expectFieldError(form, { ...form.example, declarations }, '/declarations/truthful', '承诺所填内容真实有效');
    expectFieldError(
      form,
      { ...form.example, preferredBanks: ['农行云梦支行', '农行云梦支行'] },
      '/preferredBanks',
      '意向银行',
    );
  });
});

describe('subsidy-application', () => {
  const form = subsidyApplicationForm;

  it('requires production days and staff on duty for the Spring Festival reward only', () => {
    const { productionDays: _d, employeesOnDuty: _e, ...data } = form.example;
    const messages = errorsOf(form, data).map((error) => error.message);
    expect(messages).toEqual(
      expect.arrayContaining(['请填写“春节期间连续生产天数（天）”', '请填写“春节期间在岗职工人数（人）”']),
    );
    expect(validateFormData(form, { ...data, subsidyType: 'technology-upgrade' })).toEqual({ valid: true });
  });

  it('refuses a bank account number with anything but 10–30 digits', () => {
    for (const accountNumber of ['1756-0101-0400-1234', '123456789']) {
      expectFieldError(form, { ...form.example, accountNumber }, '/accountNumber', '银行账号');
    }
  });
});

describe.each(
  [
    enterpriseDemandFormV2,
    propertyRegistrationExpediteFormV2,
    projectParallelApprovalFormV2,
    equipmentRenewalRelendingFormV2,
    subsidyApplicationFormV2,
    loanRenewalApplicationFormV3,
  ].map((form) => [`${form.key}@${form.version}`, form] as const),
)('%s checks its identifiers by their named formats', (_key, form) => {
  const properties = form.schema.properties as Record<string, JsonSchema>;
  const previous = seedForms.find((other) => other.key === form.key && other.version === form.version - 1);

  it('is the previous version with formats in place of patterns, and the same example', () => {
    expect(previous).toBeDefined();
    expect(form.example).toEqual(previous?.example);
    // The same layout, but that its enterprise fields fill in from the applicant's profile.
    const sameLayout =
      previous && properties.enterpriseName
        ? withEnterprisePrefill(previous, SEED_ENTERPRISE_FIELDS).uiSchema
        : previous?.uiSchema;
    expect(form.uiSchema).toEqual(sameLayout);
    expect(properties.contactPhone).toEqual({ type: 'string', title: '联系电话', format: 'cn-mobile' });
    if (properties.creditCode) {
      expect(properties.creditCode).toMatchObject({ format: 'cn-credit-code' });
      expect(properties.creditCode).not.toHaveProperty('pattern');
    }
  });

  it('refuses a 统一社会信用代码 whose check character is wrong, which the previous version took', () => {
    if (!properties.creditCode || !previous) return;
    const mistyped = { ...form.example, creditCode: '91420902MA4D8LW6XA' };
    expectFieldError(form, mistyped, '/creditCode', '统一社会信用代码');
    expect(validateFormData(previous, { ...previous.example, creditCode: mistyped.creditCode })).toEqual({
      valid: true,
    });
  });

  it('names a malformed 联系电话 as no mobile number', () => {
    const errors = errorsOf(form, { ...form.example, contactPhone: '1387234567' });
    expect(errors).toEqual([
      { path: '/contactPhone', message: expect.stringMatching(/^“联系电话”不是有效的手机号码/) },
    ]);
  });
});
