import { terminalLines } from './terminal-lines';

describe('terminalLines', () => {
  it('shows warnings, errors and crashes, and keeps access logs and the SDK’s chatter in the log file only', () => {
    const output = [
      '{"level":30,"msg":"request completed","req":{"method":"GET","url":"/api/v1/tasks"}}',
      '{"level":50,"msg":"request failed"}',
      '2026-12-07T03:44:25.970Z [INFO] Worker state changed {',
      "  sdkComponent: 'worker',",
      '}',
      '2026-12-07T03:44:26.001Z [WARN] Activity failed, retrying {',
      "  activityType: 'persistTransition'",
      '}',
      'TypeError: Cannot read properties of undefined',
      '    at main (/app/server/dist/main.js:10:5)',
      '{"level":40,"msg":"event feed poll failed; retrying"}',
      '',
    ];
    const show = terminalLines();
    expect(output.filter(show)).toEqual([
      '{"level":50,"msg":"request failed"}',
      '2026-12-07T03:44:26.001Z [WARN] Activity failed, retrying {',
      "  activityType: 'persistTransition'",
      '}',
      'TypeError: Cannot read properties of undefined',
      '    at main (/app/server/dist/main.js:10:5)',
      '{"level":40,"msg":"event feed poll failed; retrying"}',
    ]);
  });
});
