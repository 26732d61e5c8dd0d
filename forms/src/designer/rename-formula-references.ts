import type { DesignerField } from './form-model';

/** A name in a formula (`total`, `equipment.subtotal`), a quoted text, or anything else, one at a time. */
const TOKENS =
  /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|“[^”]*”)|([A-Za-z_][A-Za-z0-9_]*(?:\s*\.\s*[A-Za-z_][A-Za-z0-9_]*)*)(\s*[(（])?/g;

/**
 * Formulas after a field's key changed from path `from` to `to` (`equipment.price`
 * → `equipment.unitPrice`, or a section's or table's own key): names of the
 * field and of what is inside it are rewritten, and so are the bare names of a
 * renamed column in the formulas of its own table's columns. Quoted text and
 * function names stay as they were.
 */
export function renameFormulaReferences(fields: readonly DesignerField[], from: string, to: string): DesignerField[] {
  const column = columnOf(fields, from);
  const rename = (field: DesignerField, table: DesignerField | null): DesignerField => {
    const renamed = { ...field };
    if (field.formula !== undefined) {
      const ownRow = column && table?.key === column.table ? column : null;
      // In a row, a bare name is the row's column first: a column called like the renamed field hides it.
      const hidden = table?.children?.some((other) => other.key === from) ?? false;
      renamed.formula = rewrite(field.formula, from, to, ownRow, hidden);
    }
    if (field.children)
      renamed.children = field.children.map((child) => rename(child, field.kind === 'table' ? field : table));
    return renamed;
  };
  return fields.map((field) => rename(field, null));
}

/** When `path` is a top-level table's column: the table and the column's old and new keys. */
function columnOf(fields: readonly DesignerField[], path: string): { table: string; key: string } | null {
  const [table, key, ...rest] = path.split('.');
  if (!table || !key || rest.length > 0) return null;
  return fields.some((field) => field.key === table && field.kind === 'table') ? { table, key } : null;
}

function rewrite(formula: string, from: string, to: string, ownRow: { key: string } | null, hidden: boolean): string {
  const newKey = to.split('.').pop()!;
  return formula.replace(
    TOKENS,
    (whole, quoted: string | undefined, name: string | undefined, call: string | undefined) => {
      if (quoted || !name || call) return whole;
      const compact = name.replace(/\s+/g, '');
      if (compact === from) return hidden ? whole : to;
      if (compact.startsWith(`${from}.`)) return to + compact.slice(from.length);
      if (ownRow && compact === ownRow.key) return newKey;
      return whole;
    },
  );
}
