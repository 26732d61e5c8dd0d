import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Card } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { actOnTask } from '../api/tasks';
import type { FormSpec, TaskSummary } from '../api/types';
import { EditableForm } from '../forms/EditableForm';
import { formTitle } from '../forms/without-root-title';
import { newIdempotencyKey } from '../lib/new-idempotency-key';

/** 填报: the handler fills the step's form; 提交 sends it as the task's `approve`. */
export function FillTaskForm({ task, form }: { task: TaskSummary; form: FormSpec }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // Unchanged data sent twice (double click, retry) is one decision.
  const idempotencyKey = useRef(newIdempotencyKey());

  const submit = useMutation({
    mutationFn: actOnTask,
    onSuccess: async () => {
      message.success(t('task.filled'));
      await queryClient.invalidateQueries({ queryKey: ['tasks'] });
      await queryClient.invalidateQueries({ queryKey: ['requests'] });
      await navigate('/inbox');
    },
  });

  return (
    <Card title={formTitle(form.schema) ?? t('task.fillTitle')} data-testid="fill-form">
      <EditableForm
        form={form}
        submitLabel={t('apply.submit')}
        pending={submit.isPending}
        error={submit.error}
        onEdit={() => (idempotencyKey.current = newIdempotencyKey())}
        onSubmit={(data) =>
          submit.mutate({ taskId: task.id, action: 'approve', data, idempotencyKey: idempotencyKey.current })
        }
      />
    </Card>
  );
}
