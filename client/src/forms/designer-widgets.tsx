import { PaperClipOutlined } from '@ant-design/icons';
import type { FieldProps, RegistryFieldsType, RegistryWidgetsType, WidgetProps } from '@rjsf/utils';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DirectoryPicker } from '../components/DirectoryPicker';

/** `ui:widget: orgPicker`: the id of an organisation chosen from the directory. */
function OrgPickerWidget(props: WidgetProps) {
  return (
    <DirectoryPicker
      kind="organisation"
      id={props.id}
      value={typeof props.value === 'string' ? props.value : undefined}
      onChange={(value) => props.onChange(value)}
      disabled={props.disabled || props.readonly}
      placeholder={props.placeholder || undefined}
    />
  );
}

/** `ui:widget: userPicker`: the id of a person chosen from the directory. */
function UserPickerWidget(props: WidgetProps) {
  return (
    <DirectoryPicker
      kind="user"
      id={props.id}
      value={typeof props.value === 'string' ? props.value : undefined}
      onChange={(value) => props.onChange(value)}
      disabled={props.disabled || props.readonly}
      placeholder={props.placeholder || undefined}
    />
  );
}

interface FileReference {
  id: string;
  name: string;
  size?: number;
}

/**
 * `ui:field: attachments`: files stored by the server, referenced by id in
 * the data (never their bytes). Lists what the data holds; uploading needs
 * the server's file API.
 */
function AttachmentsField(props: FieldProps) {
  const { t } = useTranslation();
  const files = (Array.isArray(props.formData) ? props.formData : []) as FileReference[];
  return (
    <Flex vertical gap={4} id={props.fieldPathId.$id}>
      {files.length === 0 ? <Typography.Text type="secondary">{t('attachments.none')}</Typography.Text> : null}
      {files.map((file) => (
        <Typography.Text key={file.id}>
          <PaperClipOutlined /> {file.name}
          {file.size !== undefined ? ` (${Math.ceil(file.size / 1024)} KB)` : ''}
        </Typography.Text>
      ))}
      {!props.readonly && !props.disabled ? (
        <Typography.Text type="secondary">{t('attachments.uploadUnavailable')}</Typography.Text>
      ) : null}
    </Flex>
  );
}

/** The widgets and fields designed forms use (see `@tongban/forms/designer`); every renderer registers them. */
export const DESIGNER_RJSF_WIDGETS: RegistryWidgetsType = { orgPicker: OrgPickerWidget, userPicker: UserPickerWidget };
export const DESIGNER_RJSF_FIELDS: RegistryFieldsType = { attachments: AttachmentsField };
