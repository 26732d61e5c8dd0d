import type { Language } from '../http/language';

/** Every stable error code the API returns, with its HTTP status and message in each language. */
export const ERRORS = {
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please sign in' },
  INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  LOGIN_LOCKED: {
    status: 429,
    zh: '该账号登录失败次数过多，已临时锁定，请稍后再试',
    en: 'Too many failed sign-ins for this account; it is locked for a while, please try again later',
  },
  TOO_MANY_REQUESTS: { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many attempts; please try again later' },
  FORBIDDEN: { status: 403, zh: '您无权执行此操作', en: 'You are not allowed to do this' },
  NOT_ASSIGNEE: { status: 403, zh: '您不是该任务的办理人', en: 'This task is assigned to someone else' },
  NOT_FOUND: { status: 404, zh: '未找到', en: 'Not found' },
  METHOD_NOT_ALLOWED: { status: 405, zh: '不支持该请求方法', en: 'This method is not allowed' },
  REQUEST_NOT_FOUND: { status: 404, zh: '办件不存在', en: 'No such request' },
  TASK_NOT_FOUND: { status: 404, zh: '任务不存在', en: 'No such task' },
  PROCESS_NOT_FOUND: { status: 404, zh: '该事项不存在或未发布', en: 'No such published process' },
  VALIDATION_FAILED: { status: 400, zh: '请求参数有误', en: 'The request is invalid' },
  MALFORMED_JSON: { status: 400, zh: '请求体不是有效的 JSON', en: 'The body is not valid JSON' },
  OPERATOR_NOT_ALLOWED: {
    status: 400,
    zh: '请求中不允许出现以 $ 开头的字段',
    en: 'Fields starting with $ are not allowed',
  },
  FORM_INVALID: {
    status: 422,
    zh: '表单填写有误，请检查标出的字段',
    en: 'The form has errors; check the marked fields',
  },
  COMMENT_REQUIRED: { status: 422, zh: '请填写审批意见', en: 'Please write an opinion' },
  EXTENSION_REASON_REQUIRED: { status: 422, zh: '请填写延期理由', en: 'Please give the reason for more time' },
  RECTIFICATION_REPORT_REQUIRED: {
    status: 422,
    zh: '请填写整改情况',
    en: 'Please report what was rectified',
  },
  RATING_COMMENT_REQUIRED: {
    status: 422,
    zh: '差评请说明不满意的原因',
    en: 'A bad rating needs a comment saying what went wrong',
  },
  FLAG_NOTE_REQUIRED: {
    status: 422,
    zh: '督办请填写督办意见',
    en: 'Please write a note saying why the request is flagged',
  },
  RETURN_TARGET_INVALID: {
    status: 422,
    zh: '只能退回给申请人或之前已通过的审批环节',
    en: 'A request can only go back to the applicant or to an earlier approved step',
  },
  TARGET_INVALID: {
    status: 422,
    zh: '请选择其他办理人：不能是自己，也不能是已在办理该环节的人',
    en: 'Choose someone else: not yourself, nor someone already handling this step',
  },
  SIGNER_NOT_REMOVABLE: {
    status: 422,
    zh: '只能减签您本人加签、且尚未办理的人员',
    en: 'You can only remove a signer you added yourself who has not acted yet',
  },
  DELEGATE_CANNOT_DECIDE: {
    status: 403,
    zh: '受委派人只能提交意见，不能作出决定',
    en: 'A delegate gives an opinion but does not decide',
  },
  EXTENSION_DECISION_ONLY: {
    status: 403,
    zh: '延期申请只能批准或不批准，不能退回、转交或加签',
    en: 'A request for more time is only approved or rejected; it cannot be returned, transferred or given signers',
  },
  SIGNER_ACTION_NOT_ALLOWED: {
    status: 403,
    zh: '加签人员不能退回、再加签或申请延期',
    en: 'An added signer cannot return the request, add signers or ask for more time',
  },
  AFTERCARE_ACTION_NOT_ALLOWED: {
    status: 403,
    zh: '整改和回访任务不能退回、加签或申请延期',
    en: 'A rectification or follow-up task cannot be returned, given signers or extended',
  },
  RECTIFICATION_NOT_REJECTABLE: {
    status: 403,
    zh: '整改任务应报告整改情况，不能驳回',
    en: 'A rectification is reported, not rejected',
  },
  FILL_STEP_NOT_DECIDED: {
    status: 403,
    zh: '填报环节只能提交填报内容，不能驳回或加签',
    en: 'A fill step is submitted: it cannot be rejected or given signers',
  },
  TAKE_BACK_TOO_LATE: {
    status: 409,
    zh: '您通过后已有人作出处理，无法拿回',
    en: 'Someone has acted since your approval; it can no longer be taken back',
  },
  NOTHING_TO_TAKE_BACK: {
    status: 409,
    zh: '该任务没有您可拿回的通过决定',
    en: 'This task holds no approval of yours to take back',
  },
  NOT_A_HANDLER: {
    status: 422,
    zh: '只能交给在职的部门或银行经办人、负责人或信贷员：企业用户和申请单位的人员不能办理审批环节',
    en: "A task goes only to an active handler, leader or loan officer of a department or a bank: an enterprise's people and the applicant's cannot handle a step",
  },
  HAND_OVER_OUT_OF_SCOPE: {
    status: 422,
    zh: '只能交给本环节办理单位（及管理员为该环节设定的单位）的人员，不能交给其他单位',
    en: "A task of this step goes only to staff of the step's own organisations (and those an administrator added to it), not to another organisation",
  },
  SIGNERS_INVALID: {
    status: 422,
    zh: '加签人员无效：请选择其他人（不能是自己、重复的人或已在办理该环节的人），并选择加签方式',
    en: 'Invalid signers: choose other people (not yourself, no one twice, nobody already on this step) and a position',
  },
  NO_DEADLINE: { status: 409, zh: '该环节没有办理时限，无需延期', en: 'This step has no deadline to extend' },
  EXTENSION_DAYS_INVALID: {
    status: 422,
    zh: '延期天数应为 1 到 30 个工作日',
    en: 'An extension is 1 to 30 working days',
  },
  EXTENSION_PENDING: {
    status: 409,
    zh: '该环节已有延期申请等待领导审批',
    en: 'An extension for this step is already waiting for a leader',
  },
  FIELD_NOT_EDITABLE: {
    status: 403,
    zh: '本环节不能修改这些字段',
    en: 'This step may not change these fields',
  },
  RATING_CLOSED: {
    status: 409,
    zh: '该办件现在不能评价：尚未办结、已评价或评价期已过',
    en: 'This request cannot be rated now: not completed, already rated, or the rating period is over',
  },
  GRADE_INVALID: { status: 422, zh: '评价等级应为 1 到 5', en: 'A rating is a grade from 1 to 5' },
  URGE_TOO_SOON: {
    status: 409,
    zh: '本工作日已催办过，请下一个工作日再催',
    en: 'Already urged this working day; you can urge again on the next working day',
  },
  URGE_NOT_WHILE_RETURNED: {
    status: 409,
    zh: '办件已退回申请人补正，暂不能催办',
    en: 'The request is back with the applicant for corrections; there is no handler to urge',
  },
  SUPERVISOR_ACTION_NOT_ALLOWED: {
    status: 403,
    zh: '督办人员只能催办和督办',
    en: 'A supervisor can only urge and flag a request',
  },
  FLAG_NOT_ALLOWED: { status: 403, zh: '只有督办人员可以督办', en: 'Only a supervisor flags a request' },
  NOT_APPLICANT: { status: 403, zh: '只有申请单位可以执行此操作', en: "Only the applicant's organisation may do this" },
  REQUEST_NOT_RETURNED: { status: 409, zh: '办件未被退回，无需重新提交', en: 'This request was not returned' },
  TASK_ALREADY_DECIDED: { status: 409, zh: '该任务已被处理，无需重复操作', en: 'This task has already been decided' },
  TASK_NOT_OPEN: { status: 409, zh: '尚未轮到您审批', en: 'It is not your turn yet' },
  TASK_DELEGATED: {
    status: 409,
    zh: '您已将该任务委派他人，待其提交意见后才能办理',
    en: 'You delegated this task; you can act once the delegate has given an opinion',
  },
  TASK_TRANSFERRED: { status: 409, zh: '该任务已转交他人办理', en: 'This task was transferred to someone else' },
  TASK_CANCELLED: {
    status: 409,
    zh: '该任务已取消，无需办理：该环节已由他人办结、办件已被退回，或您已被减签',
    en: 'This task was cancelled and needs nothing from you: the step was settled by someone else, the request went back, or you were removed from it',
  },
  TASK_IS_COPY: {
    status: 409,
    zh: '抄送任务仅供阅知，无需办理',
    en: 'This is a copy for your information; there is nothing to act on',
  },
  REQUEST_CLOSED: { status: 409, zh: '办件已办结或已终止', en: 'This request is already closed' },
  REQUEST_WITHDRAWN: {
    status: 409,
    zh: '申请人已撤回该办件，无需再办理',
    en: 'The applicant has withdrawn this request; nothing more can be done on it',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 409,
    zh: '该幂等键已用于另一份申请',
    en: 'This Idempotency-Key was used for a different submission',
  },
  ORGANISATION_NOT_FOUND: { status: 404, zh: '机构不存在', en: 'No such organisation' },
  ORGANISATION_ID_TAKEN: { status: 409, zh: '该机构编号已被使用', en: 'This organisation id is taken' },
  CREDIT_CODE_TAKEN: {
    status: 409,
    zh: '该统一社会信用代码已属于另一机构',
    en: 'Another organisation holds this unified social credit code',
  },
  ORGANISATION_IN_USE: {
    status: 409,
    zh: '该机构下仍有用户或下级机构，不能删除',
    en: 'The organisation still has users or member organisations; it cannot be deleted',
  },
  UNKNOWN_ORGANISATION: { status: 422, zh: '所选机构不存在', en: 'The chosen organisation does not exist' },
  USER_NOT_FOUND: { status: 404, zh: '用户不存在', en: 'No such user' },
  USERNAME_TAKEN: { status: 409, zh: '该用户名已被使用', en: 'This username is taken' },
  CANNOT_LOCK_OUT_SELF: {
    status: 409,
    zh: '不能停用自己的账号或取消自己的管理员角色',
    en: 'You cannot deactivate yourself or remove your own administrator role',
  },
  SUBSTITUTE_INVALID: {
    status: 422,
    zh: '代理人须是其他在职的办理人员，且结束日期不早于开始日期',
    en: 'The substitute must be another active colleague who handles tasks, and the period must not end before it starts',
  },
  DEFINITION_NOT_FOUND: { status: 404, zh: '该定义版本不存在', en: 'No such definition version' },
  DICTIONARY_NOT_FOUND: { status: 404, zh: '该数据字典版本不存在', en: 'No such dictionary version' },
  DEFINITION_NOT_DRAFT: {
    status: 409,
    zh: '只有草稿可以修改、发布或删除；已发布的版本不可更改，请新建版本',
    en: 'Only a draft can be changed, published or deleted; a published version never changes, so create a new version',
  },
  DEFINITION_NOT_PUBLISHED: {
    status: 409,
    zh: '只有已发布的版本可以停用',
    en: 'Only a published version can be archived',
  },
  DEFINITION_INVALID: {
    status: 422,
    zh: '定义有误，不能发布；请按标出的位置修改',
    en: 'The definition has problems and cannot be published; fix the places listed',
  },
  PRECONDITION_FAILED: {
    status: 412,
    zh: '该版本已被他人修改，请刷新后再改',
    en: 'Someone else changed this version since you read it; reload and try again',
  },
  PRECONDITION_REQUIRED: {
    status: 428,
    zh: '修改须带 If-Match（读取时返回的 ETag）',
    en: 'Changes need If-Match (the ETag you read)',
  },
  SAVED_VIEW_NOT_FOUND: { status: 404, zh: '该视图不存在', en: 'No such saved view' },
  SAVED_VIEW_NAME_TAKEN: { status: 409, zh: '已有同名视图', en: 'You already have a view with this name' },
  SAVED_VIEW_LIMIT: {
    status: 409,
    zh: '视图已达 50 个上限，请先删除一些',
    en: 'You have 50 views already; delete some first',
  },
  APPLICANT_INVALID: {
    status: 422,
    zh: '代办的申请人须是在用的企业用户',
    en: 'A request filed for someone must name an active enterprise applicant',
  },
  NOTIFICATION_NOT_FOUND: { status: 404, zh: '该通知不存在', en: 'No such notification' },
  ATTACHMENT_NOT_FOUND: { status: 404, zh: '附件不存在', en: 'No such attachment' },
  ATTACHMENT_NOT_ALLOWED: {
    status: 403,
    zh: '只有申请单位和办理人员可以上传附件',
    en: 'Only the applicant’s side and the people handling it may attach files',
  },
  ATTACHMENT_EMPTY: { status: 400, zh: '文件为空', en: 'The file is empty' },
  ATTACHMENT_SUBMITTED: {
    status: 409,
    zh: '该附件已随办件提交，成为办件记录的一部分，不能删除',
    en: 'This file was submitted with a request and is part of its record; it cannot be deleted',
  },
  ATTACHMENTS_WAITING_LIMIT: {
    status: 409,
    zh: '已上传但尚未提交的文件过多（最多 50 个、共 200 MB），请先提交或删除表单中的文件',
    en: 'Too many uploaded files wait for a form to be submitted (at most 50, 200 MB in all); submit or remove some first',
  },
  ATTACHMENT_TYPE_NOT_ALLOWED: {
    status: 415,
    zh: '仅支持 PDF、图片（PNG/JPEG/WebP/TIFF）、Office 文档、OFD 与 ZIP，且文件内容须与扩展名一致',
    en: 'Only PDF, images (PNG/JPEG/WebP/TIFF), Office documents, OFD and ZIP, whose content matches their extension',
  },
  CSRF_REJECTED: {
    status: 403,
    zh: '请求来源不被信任，已拒绝（请从本系统页面操作）',
    en: 'This request came from a page this server does not trust; use the application itself',
  },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '请求体过大', en: 'The body is too large' },
  DATA_NOT_STORABLE: {
    status: 422,
    zh: '数据无法保存，本次操作未生效；请检查填写的内容（如特殊字符）后重试',
    en: 'The data cannot be stored, so nothing was done; check what was entered (unusual characters, for instance) and try again',
  },
  FORM_DATA_TOO_LARGE: {
    status: 413,
    zh: '表单数据过大：一件办件的表单数据合计不能超过 1.5 MB，请精简内容或改用附件',
    en: "The form data is too large: all of a request's forms together may hold at most 1.5 MB; shorten it or attach files",
  },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '请求体须为 application/json', en: 'The body must be application/json' },
  PAYLOAD_NOT_DECODABLE: {
    status: 422,
    zh: '无法解密该数据：数据被改动过，或加密它的密钥未配置',
    en: 'The payload cannot be decoded: it was altered, or the key that sealed it is not configured',
  },
  CONFLICT: {
    status: 409,
    zh: '该记录刚被他人创建或修改，请刷新后重试',
    en: 'Someone else just created or changed this; reload and try again',
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    zh: '服务暂时不可用，请稍后重试',
    en: 'Service unavailable, please retry shortly',
  },
  PASSWORD_LOGIN_DISABLED: {
    status: 403,
    zh: '本系统已停用用户名密码登录，请通过统一身份认证登录',
    en: 'Password sign-in is switched off here; sign in through the identity provider',
  },
  OIDC_SIGN_IN_FAILED: {
    status: 401,
    zh: '统一身份认证登录未完成，请重新登录',
    en: 'Sign-in through the identity provider did not complete; please sign in again',
  },
  OIDC_ACCOUNT_DISABLED: {
    status: 403,
    zh: '该账号已停用，请联系管理员',
    en: 'This account is disabled; please contact an administrator',
  },
  OIDC_PROVIDER_UNAVAILABLE: {
    status: 503,
    zh: '统一身份认证服务暂时无法访问，请稍后再试',
    en: 'The identity provider cannot be reached; please try again later',
  },
  OIDC_LOGOUT_TOKEN_INVALID: { status: 400, zh: '注销令牌无效', en: 'The logout token is invalid' },
  INTERNAL: { status: 500, zh: '服务器内部错误', en: 'Internal server error' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

export function errorMessage(code: ErrorCode, language: Language): string {
  return language === 'en' ? ERRORS[code].en : ERRORS[code].zh;
}
