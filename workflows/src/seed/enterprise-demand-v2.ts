import type { ProcessDefinition } from '../dsl/process-definition';
import { enterpriseDemandProcess } from './enterprise-demand';

/**
 * 企业诉求专班 v2: the steps of version 1, with the application form's
 * version 2, whose 统一社会信用代码 and 联系电话 are checked by their named formats
 * (a mistyped check character is refused as the enterprise types). Requests
 * started on version 1 keep running on it.
 */
export const enterpriseDemandProcessV2: ProcessDefinition = {
  ...enterpriseDemandProcess,
  version: 2,
  form: { key: 'enterprise-demand', version: 2 },
};
