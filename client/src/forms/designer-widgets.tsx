import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { FieldProps, RegistryFieldsType, RegistryWidgetsType, WidgetProps } from '@rjsf/utils';
import { App, Button, Flex, Typography, Upload } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';
import { attachmentUrl, deleteFormFile, uploadFormFile } from '../api/attachments';
import { DirectoryPicker } from '../components/DirectoryPicker';
import { RegionField } from './RegionField';
import { ORG_PICKER_KINDS } from '@tongban/forms/designer';

/** `ui:widget: orgPicker`: the id of an organisation chosen from the directory (`ui:options.orgKind` limits the kind). */
function OrgPickerWidget(props: WidgetProps) {
  const orgKind = ORG_PICKER_KINDS.find((kind) => kind === props.options.orgKind);
  return (
    <DirectoryPicker
      kind="organisation"
      orgKind={orgKind}
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
  contentType?: string;
}

/** What the designer's preview tells its fields: nothing it renders may write to the server. */
export const PREVIEW_FORM_CONTEXT = { preview: true } as const;

/**
 * `ui:field: attachments`: files stored by the server, referenced by id in
 * the data (never their bytes). Filling the form uploads each file at once
 * (`POST /attachments`: it waits for this person until the form is
 * submitted, which links it to the request); the data keeps `{ id, name,
 * size, contentType }`. Read-only, it lists the files as downloads.
 */
function AttachmentsField(props: FieldProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const files = (Array.isArray(props.formData) ? props.formData : []) as FileReference[];
  // Uploads finish one by one, each after a render or more: add to what the form holds then, not when it began.
  const latest = useRef(files);
  latest.current = files;
  const [uploading, setUploading] = useState(0);
  // Files uploaded here and not yet submitted: taking one out deletes it; those the data came with stay on record.
  const uploadedHere = useRef(new Set<string>());
  const editable = !props.readonly && !props.disabled;
  const preview = (props.registry.formContext as { preview?: boolean } | undefined)?.preview === true;
  const maxItems = typeof props.schema.maxItems === 'number' ? props.schema.maxItems : undefined;
  const full = maxItems !== undefined && files.length + uploading >= maxItems;
  const change = (next: FileReference[]) => props.onChange(next, props.fieldPathId.path);

  const upload = async (file: File) => {
    setUploading((count) => count + 1);
    try {
      const saved = await uploadFormFile(file);
      uploadedHere.current.add(saved.id);
      change([...latest.current, { id: saved.id, name: saved.name, size: saved.size, contentType: saved.contentType }]);
      message.success(t('attachments.uploaded', { name: saved.name }));
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setUploading((count) => count - 1);
    }
  };

  const remove = (id: string) => {
    change(files.filter((kept) => kept.id !== id));
    if (!uploadedHere.current.delete(id)) return;
    deleteFormFile(id).catch((error: unknown) => {
      // Already gone is what was wanted; anything else only leaves a file that expires unsent.
      if (!(error instanceof ApiError && error.status === 404))
        message.warning(error instanceof Error ? error.message : String(error));
    });
  };

  return (
    <Flex vertical gap={4} id={props.fieldPathId.$id}>
      {props.schema.title ? (
        <Typography.Text>
          {props.required ? <Typography.Text type="danger">* </Typography.Text> : null}
          {props.schema.title}
        </Typography.Text>
      ) : null}
      {files.length === 0 && !editable ? (
        <Typography.Text type="secondary">{t('attachments.none')}</Typography.Text>
      ) : null}
      {files.map((file) => (
        <Flex key={file.id} gap={8} align="center" data-testid="form-attachment">
          <a href={attachmentUrl(file.id)} download={file.name}>
            <PaperClipOutlined /> {file.name}
          </a>
          {file.size !== undefined ? (
            <Typography.Text type="secondary">{Math.ceil(file.size / 1024)} KB</Typography.Text>
          ) : null}
          {editable ? (
            <Button
              size="small"
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('attachments.remove', { name: file.name })}
              onClick={() => remove(file.id)}
            />
          ) : null}
        </Flex>
      ))}
      {editable ? (
        <Upload
          multiple
          showUploadList={false}
          disabled={preview || full}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={uploading > 0} disabled={preview || full}>
            {t('attachments.choose')}
          </Button>
        </Upload>
      ) : null}
      {editable && preview ? <Typography.Text type="secondary">{t('attachments.notInPreview')}</Typography.Text> : null}
    </Flex>
  );
}

/** The widgets and fields designed forms use (see `@tongban/forms/designer`); every renderer registers them. */
export const DESIGNER_RJSF_WIDGETS: RegistryWidgetsType = { orgPicker: OrgPickerWidget, userPicker: UserPickerWidget };
export const DESIGNER_RJSF_FIELDS: RegistryFieldsType = { attachments: AttachmentsField, region: RegionField };
