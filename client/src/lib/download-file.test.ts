import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError } from '../api/api-error';
import { fetchDownload, fileNameFrom, formatBytes } from './download-file';

describe('fileNameFrom', () => {
  it('reads plain, quoted and UTF-8 encoded names', () => {
    expect(fileNameFrom('attachment; filename=requests-20261207.xlsx')).toBe('requests-20261207.xlsx');
    expect(fileNameFrom('attachment; filename="audit-20261207.xlsx"')).toBe('audit-20261207.xlsx');
    expect(fileNameFrom(`attachment; filename="x.xlsx"; filename*=UTF-8''${encodeURIComponent('办件.xlsx')}`)).toBe(
      '办件.xlsx',
    );
    expect(fileNameFrom(null)).toBeUndefined();
  });
});

describe('formatBytes', () => {
  it('says how much has arrived', () => {
    expect(formatBytes(900)).toBe('900 B');
    expect(formatBytes(20_480)).toBe('20 KB');
    expect(formatBytes(1_572_864)).toBe('1.5 MB');
  });
});

// A real HTTP server streaming in chunks, as the export routes do: the progress counts every byte.
describe('fetchDownload', () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/refused') {
        res.writeHead(403, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'FORBIDDEN', message: '无权操作' } }));
        return;
      }
      res.writeHead(200, {
        'Content-Type': 'application/octet-stream',
        'Content-Disposition': 'attachment; filename=a.xlsx',
      });
      let sent = 0;
      const timer = setInterval(() => {
        res.write(Buffer.alloc(1000, sent));
        sent += 1;
        if (sent === 3) {
          clearInterval(timer);
          res.end();
        }
      }, 5);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('streams the body, counting bytes, and names the file', async () => {
    const progress: number[] = [];
    const { blob, fileName } = await fetchDownload(`${base}/file`, {
      language: 'zh-CN',
      fallbackName: 'export.xlsx',
      onProgress: (bytes) => progress.push(bytes),
    });
    expect(fileName).toBe('a.xlsx');
    expect(blob.size).toBe(3000);
    expect(progress.at(-1)).toBe(3000);
    expect(progress.length).toBeGreaterThan(1);
  });

  it('turns a refusal into the server’s error', async () => {
    await expect(fetchDownload(`${base}/refused`, { language: 'zh-CN', fallbackName: 'x' })).rejects.toEqual(
      new ApiError(403, 'FORBIDDEN', '无权操作'),
    );
  });
});
