import { PlusOutlined } from '@ant-design/icons';
import {
  getTemplate,
  getUiOptions,
  type ArrayFieldItemTemplateProps,
  type ArrayFieldTemplateProps,
  type FieldTemplateProps,
  type ObjectFieldTemplateProps,
  type UiSchema,
} from '@rjsf/utils';
import { Button, Empty, theme } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

type Schema = Record<string, unknown>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A 明细表: an array of objects that is not an attachments field (those have their own field). */
function isDetailTable(schema: Schema, ui: Schema): boolean {
  return schema.type === 'array' && isObject(schema.items) && schema.items.type === 'object' && !ui['ui:field'];
}

/** A row's columns in the form's order: `ui:order` first, then the rest as declared. */
export function detailTableColumns(
  items: Schema,
  itemsUi: Schema,
): { key: string; title: string; required: boolean }[] {
  const properties = isObject(items.properties) ? items.properties : {};
  const order = Array.isArray(itemsUi['ui:order'])
    ? (itemsUi['ui:order'] as string[]).filter((key) => key !== '*')
    : [];
  const keys = [
    ...order.filter((key) => key in properties),
    ...Object.keys(properties).filter((key) => !order.includes(key)),
  ];
  const required = Array.isArray(items.required) ? (items.required as string[]) : [];
  return keys.map((key) => {
    const column = properties[key];
    const title = isObject(column) && typeof column.title === 'string' ? column.title : key;
    return { key, title, required: required.includes(key) };
  });
}

/**
 * The uiSchema with every 明细表 (wherever it is nested) drawn as a table: a
 * header of its columns' titles, a row per line with the inputs in cells
 * (their labels go: the header names them), and a labelled 添加一行 button.
 * Templates go on the fields themselves, so other arrays keep the theme's.
 */
export function withDetailTables(schema: Schema, uiSchema: UiSchema | undefined): UiSchema {
  const walk = (node: Schema, ui: Schema): Schema => {
    if (isDetailTable(node, ui)) {
      const items = node.items as Schema;
      const itemsUi = isObject(ui.items) ? ui.items : {};
      const columnsUi = Object.fromEntries(
        detailTableColumns(items, itemsUi).map(({ key }) => [
          key,
          { ...(isObject(itemsUi[key]) ? itemsUi[key] : {}), 'ui:label': false },
        ]),
      );
      return {
        ...ui,
        'ui:ArrayFieldTemplate': DetailTable,
        'ui:ArrayFieldItemTemplate': DetailTableRow,
        items: {
          ...itemsUi,
          ...columnsUi,
          'ui:FieldTemplate': DetailTableRowField,
          'ui:ObjectFieldTemplate': DetailTableCells,
        },
      };
    }
    if (!isObject(node.properties)) return ui;
    const next: Schema = { ...ui };
    for (const [key, child] of Object.entries(node.properties))
      if (isObject(child)) {
        const childUi = isObject(ui[key]) ? ui[key] : {};
        const walked = walk(child, childUi);
        if (walked !== childUi) next[key] = walked;
      }
    return next;
  };
  return walk(schema, (uiSchema ?? {}) as Schema) as UiSchema;
}

const CELL: CSSProperties = { padding: '6px 8px', verticalAlign: 'top', minWidth: 140 };

/**
 * The table itself. On a narrow screen it scrolls sideways inside its own box
 * (the columns stay aligned, as on the printed sheet) rather than reflowing.
 */
function DetailTable(props: ArrayFieldTemplateProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { schema, uiSchema, items, canAdd, onAddClick, disabled, readonly } = props;
  const itemsUi = isObject(uiSchema?.items) ? uiSchema.items : {};
  const columns = detailTableColumns(schema.items as Schema, itemsUi);
  const options = getUiOptions(uiSchema);
  const editable = !readonly && !disabled;
  const withButtons = editable && (options.removable !== false || options.orderable !== false);
  const border = `1px solid ${token.colorBorderSecondary}`;
  return (
    <div className="detail-table">
      {/* A cell's input needs no room below it for a label's neighbour: the row is the unit. */}
      <style>{'.detail-table td .ant-form-item { margin-bottom: 0; }'}</style>
      <div style={{ overflowX: 'auto', border, borderRadius: token.borderRadius }}>
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr style={{ background: token.colorFillAlter }}>
              <th scope="col" style={{ ...CELL, minWidth: 40, width: 40, textAlign: 'center' }}>
                {t('forms.rowNumber')}
              </th>
              {columns.map((column) => (
                <th key={column.key} scope="col" style={{ ...CELL, textAlign: 'start', fontWeight: 500 }}>
                  {column.required && editable ? <span style={{ color: token.colorError }}>* </span> : null}
                  {column.title}
                </th>
              ))}
              {withButtons ? (
                <th scope="col" style={{ ...CELL, minWidth: 96, textAlign: 'start' }}>
                  {t('forms.rowActions')}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {items.length > 0 ? (
              items
            ) : (
              <tr>
                <td colSpan={columns.length + (withButtons ? 2 : 1)} style={CELL}>
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('forms.noRows')} />
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {canAdd && editable ? (
        <Button type="dashed" icon={<PlusOutlined />} onClick={onAddClick} style={{ marginTop: 8 }} block>
          {t('forms.addRow')}
        </Button>
      ) : null}
    </div>
  );
}

/** One line: its number, its cells, then its buttons (删除, 上移, 下移) when it may change. */
function DetailTableRow(props: ArrayFieldItemTemplateProps) {
  const { children, buttonsProps, hasToolbar, index, registry, uiSchema, readonly, disabled } = props;
  const { token } = theme.useToken();
  const Buttons = getTemplate('ArrayFieldItemButtonsTemplate', registry, getUiOptions(uiSchema));
  const top = { borderTop: `1px solid ${token.colorBorderSecondary}` };
  return (
    <tr style={top}>
      <td style={{ ...CELL, minWidth: 40, textAlign: 'center', color: token.colorTextSecondary }}>{index + 1}</td>
      {children}
      {hasToolbar && !readonly && !disabled ? (
        <td style={{ ...CELL, minWidth: 96, whiteSpace: 'nowrap' }}>
          <Buttons {...buttonsProps} />
        </td>
      ) : null}
    </tr>
  );
}

/** The line's object: no label or box around it, only its cells. */
function DetailTableRowField({ children }: FieldTemplateProps) {
  return <>{children}</>;
}

/** The line's fields, one cell each, in the header's order. */
function DetailTableCells({ properties, schema, uiSchema }: ObjectFieldTemplateProps) {
  const columns = detailTableColumns(schema as Schema, (uiSchema ?? {}) as Schema);
  const byName = new Map(properties.map((property) => [property.name, property]));
  return (
    <>
      {columns.map(({ key }) => {
        const property = byName.get(key);
        return (
          <td key={key} style={CELL}>
            {property && !property.hidden ? property.content : null}
          </td>
        );
      })}
    </>
  );
}
