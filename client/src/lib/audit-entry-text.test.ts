import { ADMINISTRATION_ACTIONS } from '@tongban/workflows/administration-vocabulary';
import { auditActionKey, auditChangeLines } from './audit-entry-text';
import { formatDateTime } from './format-date-time';
import en from '../i18n/en.json';
import zh from '../i18n/zh-CN.json';

const CODES: Record<string, string> = { 'roles.handler': '经办人', 'roles.leader': '负责人', 'kind.bank': '银行' };
const words = {
  yes: '是',
  no: '否',
  listSeparator: '、',
  code: (field: string, value: string) => CODES[`${field}.${value}`] ?? value,
};

describe('auditActionKey', () => {
  it('labels administrative actions under audit.actions and a request’s under timelineAction', () => {
    expect(auditActionKey('user_deactivated')).toBe('audit.actions.user_deactivated');
    expect(auditActionKey('approve')).toBe('timelineAction.approve');
    expect(auditActionKey('mystery')).toBe('timelineAction.mystery');
  });

  it('has a zh-CN and an English label for every administrative action and object kind', () => {
    for (const messages of [zh, en]) {
      const audit = messages.audit as unknown as {
        actions: Record<string, string>;
        objectKinds: Record<string, string>;
      };
      for (const action of ADMINISTRATION_ACTIONS) expect(audit.actions[action]).toEqual(expect.any(String));
      for (const kind of ['organisation', 'user', 'form', 'process'])
        expect(audit.objectKinds[kind]).toEqual(expect.any(String));
    }
  });
});

describe('auditChangeLines', () => {
  it('shows each changed field before and after: absent as —, codes by their labels, lists joined, names by their Chinese', () => {
    const lines = auditChangeLines(
      {
        chain: 'administration',
        detail: {
          changes: {
            name: { before: null, after: '云梦县税务局' },
            roles: { before: ['handler'], after: ['handler', 'leader'] },
            kind: { before: 'bank', after: 'department' },
            active: { before: true, after: false },
            title: { before: { zh: '走访记录', en: 'Visit' }, after: { zh: '现场走访记录' } },
          },
        },
      },
      words,
    );
    expect(lines).toEqual([
      { kind: 'field', field: 'name', before: '—', after: '云梦县税务局' },
      { kind: 'field', field: 'roles', before: '经办人', after: '经办人、负责人' },
      { kind: 'field', field: 'kind', before: '银行', after: 'department' },
      { kind: 'field', field: 'active', before: '是', after: '否' },
      { kind: 'field', field: 'title', before: '走访记录', after: '现场走访记录' },
    ]);
  });

  it('says a password changed, never showing one, and until when an account is locked', () => {
    expect(auditChangeLines({ chain: 'administration', detail: { passwordChanged: true } }, words)).toEqual([
      { kind: 'note', label: { key: 'audit.passwordChanged', values: {} } },
    ]);
    const until = '2026-11-27T06:15:00.000Z';
    expect(auditChangeLines({ chain: 'administration', detail: { lockedUntil: until, failures: 5 } }, words)).toEqual([
      { kind: 'note', label: { key: 'audit.lockedUntil', values: { time: formatDateTime(until) } } },
    ]);
  });

  it('says when an entry was recorded after an interruption, unconfirmed', () => {
    expect(auditChangeLines({ chain: 'administration', detail: { unconfirmed: true } }, words)).toEqual([
      { kind: 'note', label: { key: 'audit.unconfirmed', values: {} } },
    ]);
  });

  it('names the parts of a definition too long to copy, and nothing for request entries', () => {
    const lines = auditChangeLines(
      {
        chain: 'administration',
        detail: { changedKeys: ['name', 'steps'], changes: { name: { before: 'a', after: 'b' } } },
      },
      words,
    );
    expect(lines[1]).toEqual({ kind: 'note', label: { key: 'audit.changedParts', values: { parts: 'steps' } } });
    expect(auditChangeLines({ chain: 'request', detail: { changes: { x: { after: 1 } } } }, words)).toEqual([]);
  });
});
