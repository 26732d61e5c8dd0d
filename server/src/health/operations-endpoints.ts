import { defineEndpoint } from '../http/endpoint';
import { healthSchema, metricsTextSchema, openApiObjectSchema, readinessSchema } from '../openapi/response-schemas';
import { checkHealth } from './check-health';
import { checkReadiness } from './check-readiness';

/** Operations: health, readiness, metrics and the API's own document, all without a session. */
export const OPERATIONS_ENDPOINTS = [
  defineEndpoint({
    method: 'GET',
    path: '/health',
    operationId: 'getHealth',
    tag: 'operations',
    auth: 'none',
    summary: {
      zh: '健康检查：Temporal、数据库与至少一个 worker 均可用',
      en: 'Health: Temporal, the database and a worker',
    },
    responses: {
      200: { description: { zh: '一切正常', en: 'All reachable' }, schema: healthSchema },
      503: { description: { zh: '某一部分不可用', en: 'Something is unreachable' }, schema: healthSchema },
    },
    errors: [],
    handler: async ({ res }, { temporal }) => {
      const health = await checkHealth(temporal);
      res.status(health.status === 'ok' ? 200 : 503);
      return health;
    },
  }),
  defineEndpoint({
    method: 'GET',
    path: '/ready',
    operationId: 'getReadiness',
    tag: 'operations',
    auth: 'none',
    summary: {
      zh: '就绪检查：本服务已连上数据库与 Temporal',
      en: 'Readiness: this server reaches the database and Temporal',
    },
    description: {
      zh: '负载均衡据此决定是否转发流量；与 /health 不同，不要求 worker 在线。',
      en: 'For load balancers; unlike /health it does not need a worker.',
    },
    responses: {
      200: { description: { zh: '就绪', en: 'Ready' }, schema: readinessSchema },
      503: { description: { zh: '未就绪', en: 'Not ready' }, schema: readinessSchema },
    },
    errors: [],
    handler: async ({ res }, { temporal }) => {
      const readiness = await checkReadiness(temporal);
      res.status(readiness.status === 'ready' ? 200 : 503);
      return readiness;
    },
  }),
  defineEndpoint({
    method: 'GET',
    path: '/metrics',
    operationId: 'getMetrics',
    tag: 'operations',
    auth: 'none',
    summary: { zh: 'Prometheus 指标', en: 'Prometheus metrics' },
    description: {
      zh: '按路由与状态码统计的请求数与耗时直方图，以及进程指标。应仅对内网开放。',
      en: 'Request counts and latency histograms by route and status, and process metrics. Expose it on the internal network only.',
    },
    responses: {
      200: {
        description: { zh: 'Prometheus 文本格式', en: 'Prometheus text format' },
        schema: metricsTextSchema,
        contentType: 'text/plain; version=0.0.4',
      },
    },
    errors: [],
    handler: async ({ res }, { metrics }) => {
      res.type(metrics.contentType).send(await metrics.metrics());
    },
  }),
  defineEndpoint({
    method: 'GET',
    path: '/openapi.json',
    operationId: 'getOpenApiDocument',
    tag: 'operations',
    auth: 'none',
    summary: {
      zh: '本 OpenAPI 文档（按 Accept-Language 选择语言）',
      en: 'This OpenAPI document (language by Accept-Language)',
    },
    responses: { 200: { description: { zh: 'OpenAPI 3.1', en: 'OpenAPI 3.1' }, schema: openApiObjectSchema } },
    errors: [],
    handler: ({ res, language }, { openApi }) => {
      res.vary('Accept-Language');
      return openApi(language);
    },
  }),
];
