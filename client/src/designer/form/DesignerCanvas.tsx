import { useDroppable } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, HolderOutlined } from '@ant-design/icons';
import { CONTAINER_KINDS, type DesignerField } from '@tongban/forms/designer';
import { Button, Flex, Tag, Tooltip, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DragSource } from './apply-drop';
import { FIELD_KIND_ICONS } from './field-kind-icons';

interface CanvasProps {
  fields: readonly DesignerField[];
  selected: string | undefined;
  /** uids of fields with problems, to mark them. */
  flagged: ReadonlySet<string>;
  onSelect: (uid: string) => void;
  onMove: (uid: string, delta: -1 | 1) => void;
  onRemove: (uid: string) => void;
}

/** The form being designed: its fields in order, each a card to select, drag, move or delete. */
export function DesignerCanvas(props: CanvasProps) {
  const { t } = useTranslation();
  return (
    <section aria-label={t('designer.canvas')} data-testid="designer-canvas">
      <FieldGroup parent={null} {...props} />
    </section>
  );
}

function FieldGroup({ parent, fields, ...rest }: CanvasProps & { parent: string | null }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { setNodeRef, isOver } = useDroppable({ id: `group:${parent ?? 'root'}`, data: { parent } });
  return (
    <SortableContext items={fields.map((field) => field.uid)} strategy={verticalListSortingStrategy}>
      <Flex
        vertical
        gap={8}
        ref={setNodeRef}
        data-testid={parent === null ? 'designer-root-group' : `designer-group-${parent}`}
        style={{
          minHeight: parent === null ? 160 : 56,
          padding: 8,
          borderRadius: token.borderRadius,
          border: `1px dashed ${isOver ? token.colorPrimary : token.colorBorder}`,
          background: isOver ? token.colorPrimaryBg : undefined,
        }}
      >
        {fields.map((field, index) => (
          <FieldCard key={field.uid} field={field} first={index === 0} last={index === fields.length - 1} {...rest} />
        ))}
        <Typography.Text type="secondary" style={{ textAlign: 'center', fontSize: 12, padding: 4 }}>
          {fields.length === 0
            ? t(parent === null ? 'designer.emptyCanvas' : 'designer.emptyGroup')
            : t('designer.dropHere')}
        </Typography.Text>
      </Flex>
    </SortableContext>
  );
}

function FieldCard({
  field,
  first,
  last,
  ...rest
}: Omit<CanvasProps, 'fields'> & { field: DesignerField; first: boolean; last: boolean }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { selected, flagged, onSelect, onMove, onRemove } = rest;
  const source: DragSource = { type: 'field', uid: field.uid };
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: field.uid,
    data: source,
  });
  const isSelected = selected === field.uid;
  const name = field.title || field.key;
  return (
    <div
      ref={setNodeRef}
      data-testid="designer-field"
      data-field-key={field.key}
      style={{
        transform: CSS.Translate.toString(transform),
        transition,
        opacity: isDragging ? 0.4 : 1,
        border: `1px solid ${isSelected ? token.colorPrimary : flagged.has(field.uid) ? token.colorError : token.colorBorderSecondary}`,
        boxShadow: isSelected ? `0 0 0 2px ${token.colorPrimaryBg}` : undefined,
        borderRadius: token.borderRadius,
        background: token.colorBgContainer,
        padding: '6px 8px',
      }}
    >
      <Flex align="center" gap={8}>
        <Button
          type="text"
          size="small"
          icon={<HolderOutlined />}
          ref={setActivatorNodeRef}
          {...attributes}
          {...listeners}
          aria-label={t('designer.dragField', { name })}
          style={{ cursor: 'grab', touchAction: 'none' }}
        />
        <button
          type="button"
          onClick={() => onSelect(field.uid)}
          aria-pressed={isSelected}
          aria-label={t('designer.selectField', { name })}
          style={{
            flex: 1,
            minWidth: 0,
            display: 'flex',
            alignItems: 'center',
            gap: 8,
            background: 'none',
            border: 'none',
            padding: 0,
            textAlign: 'start',
            cursor: 'pointer',
            font: 'inherit',
          }}
        >
          <span aria-hidden style={{ color: token.colorTextSecondary }}>
            {FIELD_KIND_ICONS[field.kind]}
          </span>
          <Typography.Text ellipsis style={{ minWidth: 0 }}>
            {field.required ? <span style={{ color: token.colorError }}>* </span> : null}
            {name}
          </Typography.Text>
          <Tag style={{ marginInlineEnd: 0 }}>{t(`designer.kinds.${field.kind}`)}</Tag>
          {field.visibleWhen ? <Tag color="blue">{t('designer.conditional')}</Tag> : null}
          {field.requiredWhen ? <Tag color="orange">{t('designer.conditionalRequired')}</Tag> : null}
        </button>
        <Flex gap={0}>
          <Tooltip title={t('designer.moveUp')}>
            <Button
              type="text"
              size="small"
              icon={<ArrowUpOutlined />}
              disabled={first}
              aria-label={t('designer.moveUpField', { name })}
              onClick={() => onMove(field.uid, -1)}
            />
          </Tooltip>
          <Tooltip title={t('designer.moveDown')}>
            <Button
              type="text"
              size="small"
              icon={<ArrowDownOutlined />}
              disabled={last}
              aria-label={t('designer.moveDownField', { name })}
              onClick={() => onMove(field.uid, 1)}
            />
          </Tooltip>
          <Tooltip title={t('designer.remove')}>
            <Button
              type="text"
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('designer.removeField', { name })}
              onClick={() => onRemove(field.uid)}
            />
          </Tooltip>
        </Flex>
      </Flex>
      {CONTAINER_KINDS.includes(field.kind) ? (
        <div style={{ marginTop: 8, marginInlineStart: 24 }}>
          <FieldGroup parent={field.uid} fields={field.children ?? []} {...rest} />
        </div>
      ) : null}
    </div>
  );
}
