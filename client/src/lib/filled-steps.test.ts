import type { RequestDetail } from '../api/types';
import { filledSteps } from './filled-steps';

const form = (title: string) => ({ title, schema: { type: 'object' as const } });

it('lists the 填报 steps that recorded something, in the order of the process, with their forms', () => {
  const request = {
    steps: [
      { id: 'accept', name: '受理', status: 'approved' },
      { id: 'record', name: '办理续贷', status: 'completed' },
      { id: 'visit', name: '尽职调查', status: 'completed' },
      { id: 'confirm', name: '确认到账', status: 'open' },
    ],
    stepData: { visit: { date: '2026-12-14' }, record: { amount: 6_000_000 }, confirm: { arrived: true } },
    stepForms: { record: form('续贷办理结果'), visit: form('续贷尽职调查记录') },
  } as unknown as RequestDetail;
  expect(filledSteps(request).map(({ step, form, data }) => [step.id, form.title, data])).toEqual([
    ['record', '续贷办理结果', { amount: 6_000_000 }],
    ['visit', '续贷尽职调查记录', { date: '2026-12-14' }],
  ]);
  expect(filledSteps({ ...request, stepForms: undefined })).toEqual([]);
});
