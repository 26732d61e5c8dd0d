import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import {
  createDraft,
  publishDraft,
  type DefinitionVersion,
  type ProcessOnOlderForm,
  type ProcessesOnOlderForm,
} from '../../api/definitions';
import { moveFormReferences } from './move-form-references';

/**
 * Under a published form version: the published processes that still use an
 * older version of it, each with 改用第 N 版并发布 — a new draft of the process
 * pinned to this version, published. Requests under way keep the versions
 * they began with.
 */
export function FormUsedBy({ formKey, version }: { formKey: string; version: number }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const [moved, setMoved] = useState<Record<string, number>>({});
  const usedBy = useQuery({
    queryKey: ['definitions', 'forms', formKey, version, 'used-by'],
    queryFn: () =>
      api<ProcessesOnOlderForm>(`/definitions/forms/${encodeURIComponent(formKey)}/versions/${version}/used-by`),
  });

  const moveOn = useMutation({
    mutationFn: async (process: ProcessOnOlderForm) => {
      const current = await api<DefinitionVersion>(
        `/definitions/processes/${encodeURIComponent(process.key)}/versions/${process.version}`,
      );
      const definition = moveFormReferences(current.definition, process.references, version);
      const draft = await createDraft('processes', { ...definition, key: process.key });
      try {
        return (await publishDraft('processes', draft.key, draft.version, draft.revision)).version;
      } catch (error) {
        throw new Error(
          t('definitions.usedBy.draftKept', {
            version: draft.version,
            reason: error instanceof Error ? error.message : String(error),
          }),
          { cause: error },
        );
      }
    },
    onSuccess: async (published, process) => {
      setMoved((done) => ({ ...done, [process.key]: published }));
      message.success(t('definitions.usedBy.moved', { name: process.name, version: published }));
      await queryClient.invalidateQueries({ queryKey: ['definitions', 'processes'] });
    },
    onError: (error) => message.error(error.message),
  });

  const items = usedBy.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="form-used-by"
      title={t('definitions.usedBy.title')}
      description={
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">{t('definitions.usedBy.description', { version })}</Typography.Text>
          {items.map((process) => (
            <Flex key={process.key} gap={8} align="center" wrap>
              <Typography.Text strong>{process.name}</Typography.Text>
              <Typography.Text type="secondary">
                {t('definitions.usedBy.pinned', {
                  processVersion: process.version,
                  versions: [...new Set(process.references.map((reference) => reference.version))].join('、'),
                })}
              </Typography.Text>
              {moved[process.key] ? (
                <Tag color="green">{t('definitions.usedBy.movedTag', { version: moved[process.key] })}</Tag>
              ) : (
                <Button
                  size="small"
                  loading={moveOn.isPending && moveOn.variables?.key === process.key}
                  onClick={() =>
                    void modal.confirm({
                      title: t('definitions.usedBy.moveOnConfirm', { name: process.name, version }),
                      onOk: () => moveOn.mutateAsync(process).catch(() => undefined),
                    })
                  }
                >
                  {t('definitions.usedBy.moveOn', { version })}
                </Button>
              )}
            </Flex>
          ))}
        </Flex>
      }
    />
  );
}
