import {
  cursorAt,
  decodeCursor,
  encodeCursor,
  notificationIsAfter,
  requestIsAfter,
  type EventCursor,
} from './event-cursor';

// The SSE cursor (`id` / `Last-Event-ID`): what one process writes, another reads back; anything else is refused.
describe('the event cursor', () => {
  const cursor: EventCursor = {
    request: { at: 1_795_776_631_361, id: 'req-fdc0eda9526fbf1a9a1a3d0f', revision: 7 },
    notification: { at: 1_795_776_631_405, id: 'task:req-fdc0eda9526fbf1a9a1a3d0f.1:2' },
  };

  it('reads back what it wrote, as an opaque header-safe token', () => {
    const text = encodeCursor(cursor);
    expect(text).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(decodeCursor(text)).toEqual(cursor);
    expect(decodeCursor(encodeCursor(cursorAt(0)))).toEqual(cursorAt(0));
  });

  it.each([
    ['empty', ''],
    ['another version', `2.${encodeCursor(cursor).slice(2)}`],
    ['not base64url', '1.a+b/c='],
    ['not JSON', `1.${Buffer.from('not json').toString('base64url')}`],
    ['an object', `1.${Buffer.from('{"$gt":""}').toString('base64url')}`],
    ['too few fields', `1.${Buffer.from('[1,"x",2,3]').toString('base64url')}`],
    ['a negative time', `1.${Buffer.from('[-1,"x",2,3,"y"]').toString('base64url')}`],
    ['a fractional revision', `1.${Buffer.from('[1,"x",2.5,3,"y"]').toString('base64url')}`],
    ['an operator for an id', `1.${Buffer.from('[1,{"$ne":null},2,3,"y"]').toString('base64url')}`],
    ['too long', `1.${'A'.repeat(1000)}`],
  ])('refuses %s', (_name, text) => {
    expect(decodeCursor(text)).toBeUndefined();
  });

  it('orders requests by time, then id, then revision; notifications by time, then id', () => {
    const mark = cursor.request;
    expect(requestIsAfter({ ...mark }, mark)).toBe(false);
    expect(requestIsAfter({ ...mark, revision: 8 }, mark)).toBe(true);
    expect(requestIsAfter({ ...mark, id: 'req-z', revision: 1 }, mark)).toBe(true);
    expect(requestIsAfter({ ...mark, at: mark.at - 1, revision: 99 }, mark)).toBe(false);
    expect(requestIsAfter({ at: mark.at, id: 'req-a', revision: 1 }, cursorAt(mark.at).request)).toBe(true);
    const seen = cursor.notification;
    expect(notificationIsAfter({ ...seen }, seen)).toBe(false);
    expect(notificationIsAfter({ ...seen, id: 'task:z' }, seen)).toBe(true);
    expect(notificationIsAfter({ at: seen.at + 1, id: 'a' }, seen)).toBe(true);
  });
});
