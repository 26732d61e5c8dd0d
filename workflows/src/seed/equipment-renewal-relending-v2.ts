import type { ProcessDefinition } from '../dsl/process-definition';
import { equipmentRenewalRelendingProcess } from './equipment-renewal-relending';

/**
 * 设备更新再贷款 v2: the steps of version 1, with the application form's
 * version 2, whose 统一社会信用代码 and 联系电话 are checked by their named formats
 * (a mistyped check character is refused as the enterprise types). Requests
 * started on version 1 keep running on it.
 */
export const equipmentRenewalRelendingProcessV2: ProcessDefinition = {
  ...equipmentRenewalRelendingProcess,
  version: 2,
  form: { key: 'equipment-renewal-relending', version: 2 },
};
