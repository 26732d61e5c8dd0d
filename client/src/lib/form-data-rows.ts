/**
 * A request's form data as rows for a printed 办件单: each field by its
 * title, in the form's order, with choices shown by their labels, yes/no in
 * words, sections as headings and detail tables as tables.
 */

type Schema = Record<string, unknown>;

export type DataRow =
  | { type: 'field'; label: string; value: string; depth: number }
  | { type: 'heading'; label: string; depth: number }
  | { type: 'table'; label: string; columns: string[]; rows: string[][]; depth: number };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The properties of an object schema, those its `then`s declare included, in `ui:order`. */
function orderedProperties(schema: Schema, ui: Schema): [string, Schema][] {
  const declared: Record<string, Schema> = {};
  const collect = (node: unknown) => {
    if (!isObject(node)) return;
    if (isObject(node.properties))
      for (const [key, value] of Object.entries(node.properties)) if (isObject(value)) declared[key] ??= value;
    for (const branch of [node.then, node.else]) collect(branch);
    if (Array.isArray(node.allOf)) node.allOf.forEach(collect);
  };
  collect(schema);
  const order = Array.isArray(ui['ui:order']) ? (ui['ui:order'] as string[]).filter((key) => key !== '*') : [];
  const keys = [
    ...order.filter((key) => key in declared),
    ...Object.keys(declared).filter((key) => !order.includes(key)),
  ];
  return keys.map((key) => [key, declared[key] as Schema]);
}

/** A single value in words: a choice's label, 是/否, a file's name, a date as written. */
export function valueText(schema: Schema, value: unknown, yes = '是', no = '否'): string {
  if (value === undefined || value === null || value === '') return '—';
  const choices = (schema.oneOf ?? (isObject(schema.items) ? schema.items.oneOf : undefined)) as Schema[] | undefined;
  const label = (item: unknown) => {
    const match = choices?.find((choice) => choice.const === item);
    return typeof match?.title === 'string' ? match.title : String(item);
  };
  if (typeof value === 'boolean') return value ? yes : no;
  if (Array.isArray(value))
    return (
      value.map((item) => (isObject(item) && typeof item.name === 'string' ? item.name : label(item))).join('、') || '—'
    );
  if (isObject(value)) {
    if (typeof value.start === 'string' && typeof value.end === 'string') return `${value.start} 至 ${value.end}`;
    // A region (省/市/区县): its names, as the picker shows them.
    if (typeof value.code === 'string' && Array.isArray(value.names)) return value.names.join(' / ');
    return JSON.stringify(value);
  }
  if (typeof value === 'number') return value.toLocaleString('zh-CN');
  return label(value);
}

export function formDataRows(
  schema: Schema,
  uiSchema: Schema | undefined,
  data: Record<string, unknown>,
  depth = 0,
): DataRow[] {
  const rows: DataRow[] = [];
  const ui = uiSchema ?? {};
  for (const [key, field] of orderedProperties(schema, ui)) {
    const label = typeof field.title === 'string' ? field.title : key;
    const value = data[key];
    const fieldUi = isObject(ui[key]) ? ui[key] : {};
    if (field.type === 'null') continue;
    const items = isObject(field.items) ? field.items : undefined;
    if (field.type === 'array' && items?.type === 'object' && fieldUi['ui:field'] !== 'attachments') {
      const columns = orderedProperties(items, isObject(fieldUi.items) ? fieldUi.items : {});
      const lines = Array.isArray(value) ? value.filter(isObject) : [];
      rows.push({
        type: 'table',
        label,
        depth,
        columns: columns.map(([column, columnSchema]) =>
          typeof columnSchema.title === 'string' ? columnSchema.title : column,
        ),
        rows: lines.map((line) => columns.map(([column, columnSchema]) => valueText(columnSchema, line[column]))),
      });
    } else if (
      field.type === 'object' &&
      isObject(field.properties) &&
      fieldUi['ui:field'] !== 'region' &&
      !('start' in field.properties && 'end' in field.properties)
    ) {
      rows.push({ type: 'heading', label, depth });
      rows.push(...formDataRows(field, fieldUi, isObject(value) ? value : {}, depth + 1));
    } else {
      rows.push({ type: 'field', label, value: valueText(field, value), depth });
    }
  }
  return rows;
}
