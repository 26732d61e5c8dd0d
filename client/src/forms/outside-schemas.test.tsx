import Form from '@rjsf/antd';
import type { RJSFSchema } from '@rjsf/utils';
import { renderToStaticMarkup } from 'react-dom/server';
import { FORM_TEMPLATES } from './form-templates';
import { formValidator } from './form-validator';
import { renderableSchema } from './renderable-schema';
import { withoutUntouchedOptionals } from './untouched-optionals';

// Forms from outside, as their authors wrote them: they must draw and validate as the server reads them.
const validator = formValidator('en');

const render = (schema: RJSFSchema, formData: unknown) =>
  renderToStaticMarkup(
    <Form
      schema={renderableSchema(schema)}
      formData={formData}
      validator={validator}
      templates={FORM_TEMPLATES}
      tagName="div"
    >
      <></>
    </Form>,
  );
const labels = (html: string) =>
  [...html.matchAll(/<label[^>]*>(.*?)<\/label>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));

const point2020: RJSFSchema = {
  type: 'object',
  properties: {
    point: {
      type: 'array',
      title: 'Point',
      prefixItems: [
        { type: 'number', title: 'Longitude' },
        { type: 'string', title: 'Label' },
      ],
      items: { type: 'boolean', title: 'Flag' },
    },
  },
} as RJSFSchema;

describe('tuples', () => {
  it('draws a 2020-12 prefixItems tuple position by position (it drew every slot as the rest)', () => {
    const html = render(point2020, { point: [120.2, 'West Lake'] });
    expect(labels(html)).toEqual(expect.arrayContaining(['Longitude', 'Label']));
    expect(html).toContain('value="West Lake"');
    expect(labels(html)).not.toContain('Flag');
  });

  it('validates a draft-07 tuple the browser draws as rjsf’s fixed array, as the server would', () => {
    const draft07: RJSFSchema = {
      type: 'object',
      properties: {
        pair: {
          type: 'array',
          items: [{ type: 'string' }, { type: 'number', title: 'Count' }],
          additionalItems: false,
        },
      },
    };
    const schema = renderableSchema(draft07);
    expect(validator.validateFormData({ pair: ['a', 2] }, schema).errors).toEqual([]);
    expect(validator.validateFormData({ pair: ['a', 'b'] }, schema).errors).toMatchObject([
      { property: '.pair.1', name: 'type' },
    ]);
    expect(validator.validateFormData({ pair: ['a', 2, 3] }, schema).errors).toMatchObject([
      { property: '.pair', name: 'items' },
    ]);
    // The 2020-12 form, drawn as a fixed array, still validates.
    expect(
      validator.validateFormData({ point: [1, 'x', 'not a flag'] }, renderableSchema(point2020)).errors,
    ).toMatchObject([{ property: '.point.2', name: 'type' }]);
  });
});

describe('an object root without type', () => {
  it('draws its fields', () => {
    const html = render({ properties: { name: { type: 'string', title: 'Full name' } } }, {});
    expect(labels(html)).toContain('Full name');
  });
});

describe('optional parts rjsf fills in', () => {
  const schema: RJSFSchema = {
    type: 'object',
    required: ['name'],
    properties: {
      name: { type: 'string' },
      address: {
        type: 'object',
        required: ['street'],
        properties: { street: { type: 'string' }, country: { type: 'string', default: 'China' } },
      },
      contacts: {
        type: 'array',
        minItems: 1,
        items: { type: 'object', required: ['phone'], properties: { phone: { type: 'string' } } },
      },
      tags: { type: 'array', items: { type: 'string' } },
    },
  };

  it('never block the submission when nobody touched them', () => {
    const filled = { name: 'Zhang', address: { country: 'China' }, contacts: [{}], tags: [] };
    expect(validator.validateFormData(filled, schema).errors).toEqual([]);
    expect(withoutUntouchedOptionals(validator, schema, filled)).toEqual({ name: 'Zhang', tags: [] });
  });

  it('still count once someone typed into them', () => {
    const typed = { name: 'Zhang', address: { country: 'Japan' }, contacts: [{}] };
    expect(validator.validateFormData(typed, schema).errors).toMatchObject([
      { property: '.address.street', name: 'required' },
    ]);
    expect(withoutUntouchedOptionals(validator, schema, typed)).toEqual({
      name: 'Zhang',
      address: { country: 'Japan' },
    });
  });

  it('count as required only under the condition that holds', () => {
    const conditional: RJSFSchema = {
      type: 'object',
      properties: {
        evidence: { type: 'array', items: { type: 'string' } },
        retrieveFrom: {
          type: 'array',
          minItems: 1,
          items: { type: 'object', required: ['place'], properties: { place: { type: 'string' } } },
        },
      },
      if: { properties: { evidence: { contains: { const: 'retrieval' } } } },
      then: { required: ['retrieveFrom'] },
    };
    // rjsf fills in the optional list's first row; only asking for retrieval makes it required.
    expect(validator.validateFormData({ evidence: ['upload'], retrieveFrom: [{}] }, conditional).errors).toEqual([]);
    expect(
      validator.validateFormData({ evidence: ['retrieval'], retrieveFrom: [{}] }, conditional).errors,
    ).toMatchObject([{ name: 'required', property: '.retrieveFrom.0.place' }]);
  });

  it('keep a required section for its own errors', () => {
    const required = { ...schema, required: ['name', 'address'] };
    expect(validator.validateFormData({ name: 'Zhang', address: {} }, required).errors).toMatchObject([
      { name: 'required', property: '.address.street' },
    ]);
  });
});
