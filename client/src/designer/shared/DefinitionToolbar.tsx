import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Popconfirm, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, type FieldError } from '../../api/api-error';
import {
  createDraft,
  publishDraft,
  saveDraft,
  type DefinitionKind,
  type DefinitionStatus,
  type DefinitionVersion,
} from '../../api/definitions';

export interface OpenVersion {
  version: number;
  status: DefinitionStatus;
  revision: number;
}

interface DefinitionToolbarProps<D> {
  kind: DefinitionKind;
  /** The version open in the designer; undefined for a definition not saved yet. */
  open: OpenVersion | undefined;
  /** The definition as the designer has it now (key included). */
  current: () => D & { key: string };
  /** Unsaved changes since the open version was loaded or saved. */
  dirty: boolean;
  onSaved: (saved: DefinitionVersion<D>) => void;
  /** The server's problems (422), each with a JSON Pointer into the definition; [] when a save or publish went through. */
  onProblems: (problems: readonly FieldError[]) => void;
  /** Where a version opens: `/admin/forms/k/versions/2`. */
  versionPath: (key: string, version: number) => string;
}

export const STATUS_COLOURS: Record<DefinitionStatus, string> = {
  draft: 'gold',
  published: 'green',
  archived: 'default',
};

/**
 * 保存草稿 / 发布 / 新建版本 for a designer, against `/definitions/:kind`: a new
 * definition becomes a draft; a draft saves under If-Match (someone else's
 * save in between is a 412 with its message); publishing saves first, and
 * the server's 422 problems go back to the designer to show on their places.
 * A published version never changes, so it offers a new draft instead.
 */
export function DefinitionToolbar<D>({
  kind,
  open,
  current,
  dirty,
  onSaved,
  onProblems,
  versionPath,
}: DefinitionToolbarProps<D>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const fail = (error: Error) => {
    onProblems(error instanceof ApiError ? error.fields : []);
    message.error(error.message);
  };
  /** `openedOn`: the version open when the action began (publishing a new definition saves it first, opening it). */
  const landed = async (saved: DefinitionVersion<D>, text: string, openedOn: number | undefined) => {
    onProblems([]);
    message.success(text);
    queryClient.setQueryData(['definitions', kind, saved.key, saved.version], saved);
    await queryClient.invalidateQueries({ queryKey: ['definitions', kind, 'list'] });
    // Another version opens as its own page (the designer remounts with it); the same one updates in place.
    if (openedOn !== saved.version) await navigate(versionPath(saved.key, saved.version));
    else onSaved(saved);
  };

  const save = useMutation({
    mutationFn: async () => {
      const definition = current();
      if (!open) return createDraft(kind, definition);
      return saveDraft(kind, definition.key, open.version, open.revision, definition);
    },
    onSuccess: (saved) => landed(saved, t('definitions.saved'), open?.version),
    onError: fail,
  });

  const publish = useMutation({
    mutationFn: async () => {
      const definition = current();
      let target = open ? { version: open.version, revision: open.revision } : undefined;
      if (!target || dirty) {
        const saved = target
          ? await saveDraft(kind, definition.key, target.version, target.revision, definition)
          : await createDraft(kind, definition);
        onSaved(saved);
        target = { version: saved.version, revision: saved.revision };
      }
      return publishDraft<D>(kind, definition.key, target.version, target.revision);
    },
    onMutate: () => ({ openedOn: open?.version }),
    onSuccess: (published, _variables, started) => landed(published, t('definitions.published'), started.openedOn),
    onError: fail,
  });

  const newVersion = useMutation({
    mutationFn: () => createDraft(kind, current()),
    onSuccess: (draft) => landed(draft, t('definitions.newDraftCreated'), open?.version),
    onError: fail,
  });

  const editable = !open || open.status === 'draft';
  // The buttons are named by their labels alone: antd's loading icon keeps its aria-label ("loading") while it
  // fades out, and a request that ends before the icon has grown leaves it there, so the button was read as
  // "loading 发布" after a refused publish.
  return (
    <Flex gap={8} align="center" wrap>
      {open ? (
        <Tag color={STATUS_COLOURS[open.status]} data-testid="definition-status">
          {t('definitions.versionStatus', { version: open.version, status: t(`definitions.status.${open.status}`) })}
        </Tag>
      ) : (
        <Tag>{t('definitions.unsaved')}</Tag>
      )}
      {editable ? (
        <>
          <Button
            onClick={() => save.mutate()}
            loading={save.isPending}
            disabled={!!open && !dirty}
            aria-label={t('definitions.saveDraft')}
          >
            {t('definitions.saveDraft')}
          </Button>
          <Popconfirm
            title={t('definitions.publishConfirm')}
            okText={t('definitions.publish')}
            cancelText={t('common.cancel')}
            onConfirm={() => publish.mutate()}
          >
            <Button type="primary" loading={publish.isPending} aria-label={t('definitions.publish')}>
              {t('definitions.publish')}
            </Button>
          </Popconfirm>
        </>
      ) : (
        <Button
          type="primary"
          onClick={() => newVersion.mutate()}
          loading={newVersion.isPending}
          aria-label={t('definitions.newVersion')}
        >
          {t('definitions.newVersion')}
        </Button>
      )}
    </Flex>
  );
}
