import { ApiError, isClientError, parseErrorBody } from './api-error';

describe('parseErrorBody', () => {
  it('reads the server error shape', () => {
    expect(
      parseErrorBody({
        error: {
          code: 'FORM_INVALID',
          message: '表单填写有误',
          fields: [{ path: '/loanAmount', message: '太小' }, { bad: 1 }],
        },
      }),
    ).toEqual({ code: 'FORM_INVALID', message: '表单填写有误', fields: [{ path: '/loanAmount', message: '太小' }] });
  });

  it('refuses bodies that are not our errors', () => {
    expect(parseErrorBody(null)).toBeNull();
    expect(parseErrorBody('<html>Bad gateway</html>')).toBeNull();
    expect(parseErrorBody({ error: 'nope' })).toBeNull();
    expect(parseErrorBody({ error: { code: 1, message: 'x' } })).toBeNull();
  });
});

describe('isClientError', () => {
  it('is true for 4xx only', () => {
    expect(isClientError(new ApiError(409, 'TASK_ALREADY_DECIDED', '已处理'))).toBe(true);
    expect(isClientError(new ApiError(503, 'SERVICE_UNAVAILABLE', '不可用'))).toBe(false);
    expect(isClientError(new ApiError(0, 'NETWORK_ERROR', '网络'))).toBe(false);
    expect(isClientError(new Error('x'))).toBe(false);
  });
});
