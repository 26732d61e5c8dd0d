import type { FormDefinition } from '../form-definition';
import { projectParallelApprovalForm } from './project-parallel-approval';
import { withChineseFormats } from './with-chinese-formats';

/**
 * 项目并联审批申请表 v2: version 1 with its 统一社会信用代码 and 联系电话 checked by the named
 * Chinese formats (check character, number ranges) instead of a pattern.
 */
export const projectParallelApprovalFormV2: FormDefinition = withChineseFormats(projectParallelApprovalForm, {
  creditCode: 'cn-credit-code',
  contactPhone: 'cn-mobile',
});
