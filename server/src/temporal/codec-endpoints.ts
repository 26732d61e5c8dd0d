import { defineEndpoint } from '../http/endpoint';
import { parseInput } from '../http/parse-input';
import { codecNamespaceHeader } from '../http/temporal-codec-schemas';
import { decodeTemporalPayloads } from './decode-temporal-payloads';
import { encodeTemporalPayloads } from './encode-temporal-payloads';
import { codecPayloads } from '../http/temporal-codec-schemas';
import { BODY_ERRORS } from '../openapi/operation-types';

const WHO = {
  zh: 'Temporal 中的表单数据均经 AES-256-GCM 加密。本接口实现 Temporal 编解码服务协议，供 Temporal UI（Codec Server 设置，勾选携带凭据）与 CLI（--codec-endpoint，--codec-header "Cookie=tongban_session=…"）使用；仅管理员可用，其他人 403。',
  en: 'Form data in Temporal is sealed with AES-256-GCM. This is the Temporal codec server protocol for the Temporal UI (Codec Server setting, with credentials included) and the CLI (--codec-endpoint, --codec-header "Cookie=tongban_session=…"); administrators only, anyone else gets 403.',
};

/** The Temporal codec server protocol: the Temporal UI and CLI read sealed payloads through it. */
export const CODEC_ENDPOINTS = [
  defineEndpoint({
    method: 'POST',
    path: '/temporal-codec/decode',
    operationId: 'decodeTemporalPayloads',
    tag: 'operations',
    auth: 'session',
    summary: { zh: '解密 Temporal 数据（记入审计）', en: 'Decode sealed Temporal payloads (audited)' },
    description: {
      zh: `${WHO.zh} 每次解密出加密数据都先记入管理操作审计链（操作人、命名空间 X-Namespace、条数、密钥编号），写不进审计则 503 且不返回数据。未加密的数据原样返回。`,
      en: `${WHO.en} Every call that opens a sealed payload is first appended to the administration audit chain (who, the X-Namespace namespace, how many, which key ids); if it cannot be, 503 and nothing is returned. Payloads that were never sealed come back as they were.`,
    },
    body: codecPayloads,
    responses: { 200: { description: { zh: '解密后的数据', en: 'The payloads, decoded' }, schema: codecPayloads } },
    errors: [
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'VALIDATION_FAILED',
      'PAYLOAD_NOT_DECODABLE',
      'SERVICE_UNAVAILABLE',
      ...BODY_ERRORS,
    ],
    handler: ({ user, ability, body: { payloads }, req }, { temporal }) => {
      const namespace = parseInput(codecNamespaceHeader, req.get('X-Namespace'), req);
      return decodeTemporalPayloads(temporal, user, ability, { payloads, ...(namespace ? { namespace } : {}) });
    },
  }),
  defineEndpoint({
    method: 'POST',
    path: '/temporal-codec/encode',
    operationId: 'encodeTemporalPayloads',
    tag: 'operations',
    auth: 'session',
    summary: { zh: '加密 Temporal 数据', en: 'Seal Temporal payloads' },
    description: {
      zh: `${WHO.zh} 用当前密钥加密（如在 Temporal UI 中发送信号时的输入）。`,
      en: `${WHO.en} Seals with the current key (the input of a signal sent from the Temporal UI, for instance).`,
    },
    body: codecPayloads,
    responses: { 200: { description: { zh: '加密后的数据', en: 'The payloads, sealed' }, schema: codecPayloads } },
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'VALIDATION_FAILED', ...BODY_ERRORS],
    handler: ({ ability, body: { payloads } }, { temporal }) => encodeTemporalPayloads(temporal, ability, { payloads }),
  }),
];
