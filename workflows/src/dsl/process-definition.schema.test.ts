import Ajv2020 from 'ajv/dist/2020';
import { processDefinitionSchema } from './process-definition.schema';

type SchemaNode = Record<string, unknown>;

/** Every schema object below `node`, with where it is. */
function* schemaNodes(node: unknown, at = '#'): Generator<[string, SchemaNode]> {
  if (Array.isArray(node)) {
    for (const [index, child] of node.entries()) yield* schemaNodes(child, `${at}/${index}`);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  yield [at, node as SchemaNode];
  for (const [key, child] of Object.entries(node)) yield* schemaNodes(child, `${at}/${key}`);
}

describe('processDefinitionSchema', () => {
  it('is a valid draft 2020-12 schema that ajv compiles in strict mode', () => {
    const ajv = new Ajv2020({ strict: true, discriminator: true, allowUnionTypes: true });
    expect(ajv.validateSchema(processDefinitionSchema)).toBe(true);
    expect(() => ajv.compile(processDefinitionSchema)).not.toThrow();
  });

  it('forbids unknown fields on every object', () => {
    const objects = [...schemaNodes(processDefinitionSchema)].filter(
      ([, node]) => node.type === 'object' && !node.oneOf,
    );
    expect(objects.length).toBeGreaterThan(5);
    // The one map: field name → permission, whose keys are the form's fields.
    const maps = objects.filter(([at]) => at === '#/$defs/fieldPermissions');
    expect(maps).toHaveLength(1);
    for (const [at, node] of objects.filter((object) => !maps.includes(object))) {
      expect([at, node.additionalProperties]).toEqual([at, false]);
    }
  });

  it('gives every field a zh-CN title and a description in zh-CN, then English, for the designer', () => {
    const fields = [...schemaNodes(processDefinitionSchema)].filter(
      ([at]) => /\/properties\/[^/]+$/.test(at) || /\/\$defs\/[^/]+$/.test(at),
    );
    for (const [at, node] of fields) {
      expect([at, typeof node.title]).toEqual([at, 'string']);
      expect([at, node.title]).toEqual([at, expect.stringMatching(/[\u4e00-\u9fff]/)]);
      const [zh, en] = String(node.description).split('\n');
      expect([at, zh]).toEqual([at, expect.stringMatching(/[\u4e00-\u9fff]/)]);
      expect([at, en]).toEqual([at, expect.stringMatching(/^[A-Za-z0-9][\x20-\x7e\u2019]+$/)]);
    }
  });
});
