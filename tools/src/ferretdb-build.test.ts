import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ferretDbSourceId } from './ferretdb-build';

describe('ferretDbSourceId', () => {
  it('changes with the wrapper’s sources, SQL, go.mod, go.sum and patches, not with its tests', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-ferretdb-src-'));
    try {
      fs.mkdirSync(path.join(dir, 'patches'));
      const files: Record<string, string> = {
        'main.go': 'package main',
        'go.mod': 'module x',
        'go.sum': '',
        'main_test.go': 'package main',
        'companion_indexes.sql': 'SELECT 1;',
        'patches/0001-a.patch': '--- a\n+++ b\n',
      };
      for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
      const seen = new Set([ferretDbSourceId(dir)]);

      fs.writeFileSync(path.join(dir, 'main_test.go'), 'package main // changed');
      expect(seen.has(ferretDbSourceId(dir))).toBe(true);

      for (const [name, text] of [
        ['extra.go', 'package main'],
        ['go.sum', 'x v1.0.0 h1:abc='],
        ['companion_indexes.sql', 'SELECT 2;'],
        ['patches/0001-a.patch', '--- a\n+++ c\n'],
        ['patches/0002-b.patch', '--- b\n'],
      ] as const) {
        fs.writeFileSync(path.join(dir, name), text);
        const id = ferretDbSourceId(dir);
        expect([name, seen.has(id)]).toEqual([name, false]);
        seen.add(id);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
