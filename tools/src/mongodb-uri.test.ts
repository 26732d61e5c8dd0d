import { withDatabaseName } from './mongodb-uri';

describe('withDatabaseName', () => {
  it.each([
    ['mongodb://127.0.0.1:27017/', 'mongodb://127.0.0.1:27017/t1'],
    ['mongodb://127.0.0.1:27017', 'mongodb://127.0.0.1:27017/t1'],
    ['mongodb://127.0.0.1:27017/tongban', 'mongodb://127.0.0.1:27017/t1'],
    [
      'mongodb://u:p%2F@a:1,b:2/prod?replicaSet=rs0&w=majority',
      'mongodb://u:p%2F@a:1,b:2/t1?replicaSet=rs0&w=majority',
    ],
    ['mongodb://a:1?directConnection=true', 'mongodb://a:1/t1?directConnection=true'],
    [
      'mongodb+srv://cluster0.example.net/app?retryWrites=true',
      'mongodb+srv://cluster0.example.net/t1?retryWrites=true',
    ],
  ])('%s -> %s', (uri, expected) => {
    expect(withDatabaseName(uri, 't1')).toBe(expected);
  });

  it('refuses what is not a MongoDB URI', () => {
    expect(() => withDatabaseName('postgres://x/y', 't1')).toThrow('not a MongoDB connection string');
  });
});
