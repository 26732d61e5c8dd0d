import { useDraggable } from '@dnd-kit/core';
import { PALETTE_KINDS, type FieldKind } from '@tongban/forms/designer';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DragSource } from './apply-drop';
import { FIELD_KIND_ICONS } from './field-kind-icons';

type PaletteKind = Exclude<FieldKind, 'raw'>;

/** One palette entry: drag it onto the canvas, or press it to add the field at the end. */
function PaletteItem({ kind, onAdd }: { kind: PaletteKind; onAdd: (kind: PaletteKind) => void }) {
  const { t } = useTranslation();
  const source: DragSource = { type: 'palette', kind };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: `palette:${kind}`, data: source });
  return (
    <Button
      ref={setNodeRef}
      icon={FIELD_KIND_ICONS[kind]}
      {...attributes}
      {...listeners}
      // The keyboard adds with Enter/Space; dragging is for pointers.
      onKeyDown={undefined}
      onClick={() => onAdd(kind)}
      data-testid={`palette-${kind}`}
      style={{ justifyContent: 'flex-start', opacity: isDragging ? 0.5 : 1, touchAction: 'none' }}
      block
    >
      {t(`designer.kinds.${kind}`)}
    </Button>
  );
}

/** The field kinds an administrator can place, in two columns. */
export function FieldPalette({ onAdd }: { onAdd: (kind: PaletteKind) => void }) {
  const { t } = useTranslation();
  return (
    <section aria-label={t('designer.palette')}>
      <Typography.Title level={2} style={{ fontSize: 14, marginTop: 0 }}>
        {t('designer.palette')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('designer.paletteHint')}
      </Typography.Paragraph>
      <Flex wrap gap={8} style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))' }}>
        {PALETTE_KINDS.map((kind) => (
          <PaletteItem key={kind} kind={kind} onAdd={onAdd} />
        ))}
      </Flex>
    </section>
  );
}
