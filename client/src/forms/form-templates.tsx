import { generateTemplates } from '@rjsf/antd';
import { TranslatableString, type IconButtonProps } from '@rjsf/utils';
import type { ComponentType } from 'react';
import { FieldTemplate } from './FieldTemplate';

type IconButton = ComponentType<IconButtonProps>;
const antdButtons = generateTemplates().ButtonTemplates;
// The theme's type says "maybe"; the theme always ships them, and a form without them could not work.
if (!antdButtons) throw new Error('@rjsf/antd has no button templates');

/**
 * An array's icon-only button named by its words (删除, 上移 …): the antd
 * theme puts them only in the tooltip, and the icon inside carries an English
 * aria-label ("delete", "arrow-up") that screen readers read instead.
 */
function named(Button: IconButton, words: TranslatableString): IconButton {
  return function NamedIconButton(props: IconButtonProps) {
    return <Button aria-label={props.registry.translateString(words)} {...props} />;
  };
}

/** The rjsf templates every form of the app uses (fill in, read-only view, designer preview). */
export const FORM_TEMPLATES = {
  FieldTemplate,
  ButtonTemplates: {
    AddButton: named(antdButtons.AddButton, TranslatableString.AddItemButton),
    CopyButton: named(antdButtons.CopyButton, TranslatableString.CopyButton),
    MoveDownButton: named(antdButtons.MoveDownButton, TranslatableString.MoveDownButton),
    MoveUpButton: named(antdButtons.MoveUpButton, TranslatableString.MoveUpButton),
    RemoveButton: named(antdButtons.RemoveButton, TranslatableString.RemoveButton),
  },
};
