import type { FormDefinition } from './form-definition';
import { arrayItemSchema, asDraft2020, isObjectRoot, withDraft07Tuples } from './schema-dialect';
import { fieldTitle, validateFormData } from './validate-form-data';

const draft07Tuple = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    location: {
      type: 'array',
      title: 'Location',
      items: [
        { type: 'string', title: 'City' },
        { type: 'number', title: 'Population', exclusiveMinimum: 0 },
      ],
      additionalItems: { type: 'boolean', title: 'Flag' },
    },
  },
};

const form2020: FormDefinition = {
  key: 'tuple-2020',
  version: 1,
  title: { zh: '元组' },
  schema: {
    type: 'object',
    properties: {
      point: {
        type: 'array',
        title: '坐标',
        prefixItems: [
          { type: 'number', title: '经度' },
          { type: 'number', title: '纬度' },
        ],
        items: { type: 'string', title: '备注' },
      },
    },
  },
  uiSchema: {},
  example: { point: [120.1, 30.2] },
};

describe('asDraft2020', () => {
  it('reads a draft-07 tuple as prefixItems and its additionalItems as items, without the old $schema', () => {
    expect(asDraft2020(draft07Tuple)).toEqual({
      type: 'object',
      properties: {
        location: {
          type: 'array',
          title: 'Location',
          prefixItems: [
            { type: 'string', title: 'City' },
            { type: 'number', title: 'Population', exclusiveMinimum: 0 },
          ],
          items: { type: 'boolean', title: 'Flag' },
        },
      },
    });
  });

  it('turns draft-04 boolean exclusive bounds into the numbers they qualify', () => {
    expect(
      asDraft2020({ type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 9, exclusiveMaximum: false }),
    ).toEqual({ type: 'number', exclusiveMinimum: 0, maximum: 9 });
  });

  it('gives back the very same schema when nothing is older than 2020-12', () => {
    expect(asDraft2020(form2020.schema)).toBe(form2020.schema);
  });

  it('lets the server validate a draft-07 tuple position by position (ajv 2020 refused the schema)', () => {
    const form: FormDefinition = { ...form2020, key: 'tuple-07', schema: draft07Tuple, example: {} };
    expect(validateFormData(form, { location: ['Hangzhou', 12_000_000, true] })).toEqual({ valid: true });
    expect(validateFormData(form, { location: ['Hangzhou', 'many'] }, 'en')).toEqual({
      valid: false,
      errors: [{ path: '/location/1', message: '"Population" must be number' }],
    });
    expect(validateFormData(form, { location: ['Hangzhou', 1, 'yes'] }, 'en')).toMatchObject({
      errors: [{ path: '/location/2', message: '"Flag" must be boolean' }],
    });
  });
});

describe('withDraft07Tuples', () => {
  it('writes prefixItems as the fixed array rjsf draws, the rest as additionalItems', () => {
    expect(withDraft07Tuples(form2020.schema)).toEqual({
      type: 'object',
      properties: {
        point: {
          type: 'array',
          title: '坐标',
          items: [
            { type: 'number', title: '经度' },
            { type: 'number', title: '纬度' },
          ],
          additionalItems: { type: 'string', title: '备注' },
        },
      },
    });
    expect(asDraft2020(withDraft07Tuples(form2020.schema))).toEqual(form2020.schema);
  });
});

describe('tuple positions', () => {
  it('names each position by its own title', () => {
    expect(fieldTitle(form2020.schema, '/point/1')).toBe('纬度');
    expect(fieldTitle(form2020.schema, '/point/5')).toBe('备注');
    expect(fieldTitle(draft07Tuple, '/location/0')).toBe('City');
    expect(arrayItemSchema({ items: { title: 'any' } }, 3)).toEqual({ title: 'any' });
  });
});

describe('isObjectRoot', () => {
  it('takes properties without a type, or a $ref to an object, as an object, but not a string schema', () => {
    expect(isObjectRoot({ properties: { name: { type: 'string' } } })).toBe(true);
    expect(isObjectRoot({ type: 'object' })).toBe(true);
    expect(isObjectRoot({ type: 'string' })).toBe(false);
    expect(isObjectRoot({ title: 'nothing' })).toBe(false);
    const byReference = { $ref: '#/definitions/application', definitions: { application: { type: 'object' } } };
    expect(isObjectRoot(byReference)).toBe(true);
    expect(isObjectRoot({ $ref: '#/definitions/name', definitions: { name: { type: 'string' } } })).toBe(false);
  });
});
