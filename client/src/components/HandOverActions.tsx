import { ClockCircleOutlined, SwapOutlined, UserAddOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber, Modal, Radio } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { actOnTask, type TaskActionInput } from '../api/tasks';
import type { TaskSummary } from '../api/types';
import { useSession } from '../auth/session-context';
import { newIdempotencyKey } from '../lib/new-idempotency-key';
import { DirectoryPicker } from './DirectoryPicker';

type HandOver = 'transfer' | 'delegate' | 'add_signer' | 'request_extension';

interface HandOverFields {
  target?: string;
  signers?: string[];
  position?: 'before' | 'after' | 'alongside';
  signerMode?: 'any' | 'all' | 'sequential';
  workingDays?: number;
  comment?: string;
}

/** Several people picked one by one from the directory. */
function PeoplePicker({ value = [], onChange }: { value?: string[]; onChange?: (value: string[]) => void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <div style={{ display: 'grid', gap: 6 }}>
      {value.map((id, index) => (
        <DirectoryPicker
          key={`${id}-${index}`}
          kind="user"
          ariaLabel={t('task.signerN', { n: index + 1 })}
          value={id}
          exclude={[user.id]}
          onChange={(next) =>
            onChange?.(next ? value.map((old, i) => (i === index ? next : old)) : value.filter((_, i) => i !== index))
          }
        />
      ))}
      <DirectoryPicker
        kind="user"
        ariaLabel={t('task.addSignerPerson')}
        placeholder={t('task.addSignerPerson')}
        exclude={[user.id, ...value]}
        value={undefined}
        onChange={(next) => {
          if (next) onChange?.([...value, next]);
        }}
      />
    </div>
  );
}

/**
 * 转交 (the task becomes someone else's), 委派 (someone else gives an opinion and
 * the task comes back), 加签 (more people sign before, after or alongside) and
 * 申请延期 (more working days, decided by a leader): each a dialog whose people
 * come from the directory. The server decides who may do what; its refusal
 * shows as a message.
 */
export function HandOverActions({ task, disabled }: { task: TaskSummary; disabled?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { user } = useSession();
  const [open, setOpen] = useState<HandOver>();
  const [form] = Form.useForm<HandOverFields>();
  const attempt = useRef<{ fingerprint: string; key: string } | null>(null);

  const act = useMutation({
    mutationFn: actOnTask,
    onSuccess: async (_, { action }) => {
      message.success(t(`task.handOverDone.${action}`));
      setOpen(undefined);
      await queryClient.invalidateQueries({ queryKey: ['tasks'] });
      await queryClient.invalidateQueries({ queryKey: ['requests'] });
      if (action !== 'request_extension') await navigate('/inbox');
    },
    onError: (error) => message.error(error.message),
  });

  const send = async () => {
    if (!open) return;
    const fields = await form.validateFields();
    const comment = fields.comment?.trim() || undefined;
    const input: Omit<TaskActionInput, 'idempotencyKey'> = {
      taskId: task.id,
      action: open,
      ...(comment ? { comment } : {}),
      ...(open === 'transfer' || open === 'delegate' ? { targetUserId: fields.target } : {}),
      ...(open === 'add_signer'
        ? { signerUserIds: fields.signers ?? [], position: fields.position, signerMode: fields.signerMode }
        : {}),
      ...(open === 'request_extension' ? { workingDays: fields.workingDays } : {}),
    };
    const fingerprint = JSON.stringify(input);
    if (attempt.current?.fingerprint !== fingerprint) attempt.current = { fingerprint, key: newIdempotencyKey() };
    await act.mutateAsync({ ...input, idempotencyKey: attempt.current.key }).catch(() => undefined);
  };

  const buttons: { action: HandOver; icon: React.ReactNode }[] = [
    { action: 'transfer', icon: <SwapOutlined /> },
    { action: 'delegate', icon: <UserAddOutlined /> },
    { action: 'add_signer', icon: <UsergroupAddOutlined /> },
    { action: 'request_extension', icon: <ClockCircleOutlined /> },
  ];

  return (
    <>
      {buttons.map(({ action, icon }) => (
        <Button key={action} icon={icon} disabled={disabled} onClick={() => setOpen(action)}>
          {t(`task.handOver.${action}`)}
        </Button>
      ))}
      <Modal
        open={open !== undefined}
        title={open ? t(`task.handOverTitle.${open}`) : undefined}
        okText={t('task.ok')}
        cancelText={t('task.cancel')}
        confirmLoading={act.isPending}
        onOk={() => void send().catch(() => undefined)}
        onCancel={() => setOpen(undefined)}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          requiredMark={false}
          preserve={false}
          initialValues={{ position: 'before', signerMode: 'all', workingDays: 2 }}
        >
          {open === 'transfer' || open === 'delegate' ? (
            <Form.Item
              name="target"
              label={t('task.handOverTarget')}
              rules={[{ required: true, message: t('task.handOverTargetRequired') }]}
            >
              <DirectoryPicker
                kind="user"
                ariaLabel={t('task.handOverTarget')}
                exclude={[user.id]}
                onChange={() => undefined}
              />
            </Form.Item>
          ) : null}
          {open === 'add_signer' ? (
            <>
              <Form.Item
                name="signers"
                label={t('task.signers')}
                rules={[{ required: true, type: 'array', min: 1, message: t('task.signersRequired') }]}
              >
                <PeoplePicker />
              </Form.Item>
              <Form.Item name="position" label={t('task.signerPosition')}>
                <Radio.Group
                  options={(['before', 'after', 'alongside'] as const).map((value) => ({
                    value,
                    label: t(`task.signerPositions.${value}`),
                  }))}
                />
              </Form.Item>
              <Form.Item name="signerMode" label={t('task.signerMode')}>
                <Radio.Group
                  options={(['all', 'any', 'sequential'] as const).map((value) => ({
                    value,
                    label: t(`process.modes.${value}`),
                  }))}
                />
              </Form.Item>
            </>
          ) : null}
          {open === 'request_extension' ? (
            <Form.Item name="workingDays" label={t('task.extensionDays')} rules={[{ required: true }]}>
              <InputNumber min={1} max={30} precision={0} />
            </Form.Item>
          ) : null}
          <Form.Item
            name="comment"
            label={t(open === 'request_extension' ? 'task.extensionReason' : 'task.handOverNote')}
            rules={
              open === 'request_extension'
                ? [{ required: true, whitespace: true, message: t('task.extensionReasonRequired') }]
                : []
            }
          >
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
