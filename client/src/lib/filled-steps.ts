import type { RequestDetail } from '../api/types';

/** The 填报 steps that recorded something, in the order of the process, each with its form and data. */
export function filledSteps(request: RequestDetail) {
  return request.steps.flatMap((step) => {
    const form = request.stepForms?.[step.id];
    const data = request.stepData?.[step.id];
    return form && data ? [{ step, form, data }] : [];
  });
}
