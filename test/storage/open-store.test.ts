import path from 'node:path';
import { openStore } from '../../src/storage/open-store';
import { sqliteFileFromUrl } from '../../src/storage/sqlite-store';
import { listBounds, prefixUpperBound } from '../../src/storage/validation';

/** Choosing the engine from STORAGE_URL, and the pure helpers behind list(). */

describe('openStore', () => {
  it('rejects an unknown scheme with a clear message that does not echo credentials', async () => {
    await expect(openStore('mysql://user:secret@db/hub')).rejects.toThrow(
      'Unsupported storage URL scheme "mysql:": expected sqlite://path or postgres://user@host/db',
    );
    await expect(openStore('mysql://user:secret@db/hub')).rejects.not.toThrow(/secret/);
    await expect(openStore('./hub.sqlite')).rejects.toThrow(/Unsupported storage URL/);
  });

  it('rejects a table prefix that is not a plain identifier', async () => {
    await expect(openStore('sqlite://:memory:', { tablePrefix: 'x; DROP TABLE y' })).rejects.toThrow(RangeError);
  });

  it('opens an in-memory SQLite store for tests', async () => {
    const store = await openStore('sqlite://:memory:');
    try {
      expect(store.engine).toBe('sqlite');
      expect(await store.put('k', { v: 1 })).toBe(1);
      expect(await store.get('k')).toEqual({ key: 'k', value: { v: 1 }, version: 1 });
      await store.kv.set('marker', true);
      expect(await store.kv.get('marker')).toBe(true);
    } finally {
      await store.close();
    }
  });
});

describe('sqliteFileFromUrl', () => {
  it('resolves relative paths from the working directory', () => {
    expect(sqliteFileFromUrl('sqlite://./data/hub.sqlite')).toBe(path.resolve('data/hub.sqlite'));
    expect(sqliteFileFromUrl('sqlite://data/hub.sqlite')).toBe(path.resolve('data/hub.sqlite'));
  });

  it('keeps absolute paths and :memory:', () => {
    expect(sqliteFileFromUrl('sqlite:///var/lib/hub/hub.sqlite')).toBe('/var/lib/hub/hub.sqlite');
    expect(sqliteFileFromUrl('sqlite://:memory:')).toBe(':memory:');
  });

  it('refuses a URL without a path', () => {
    expect(() => sqliteFileFromUrl('sqlite://')).toThrow(/sqlite:\/\/path/);
  });
});

describe('prefixUpperBound', () => {
  it('increments the last code point', () => {
    expect(prefixUpperBound('ideas/')).toBe('ideas0');
    expect(prefixUpperBound('a%')).toBe('a&');
    expect(prefixUpperBound('\ud7ff')).toBe('\ue000');
    expect(prefixUpperBound('x\uffff')).toBe('x\u{10000}');
  });

  it('drops trailing U+10FFFF and has no bound for the empty prefix', () => {
    expect(prefixUpperBound('a\u{10ffff}')).toBe('b');
    expect(prefixUpperBound('\u{10ffff}')).toBeUndefined();
    expect(prefixUpperBound('')).toBeUndefined();
  });

  it('bounds exactly the strings that start with the prefix (code point order)', () => {
    const byCodePoint = (a: string, b: string) => {
      const x = Array.from(a).map((c) => c.codePointAt(0) as number);
      const y = Array.from(b).map((c) => c.codePointAt(0) as number);
      for (let i = 0; i < Math.min(x.length, y.length); i += 1) if (x[i] !== y[i]) return x[i] - y[i];
      return x.length - y.length;
    };
    const samples = ['a', 'ab', 'abc', 'ac', 'ab\uffff', 'ab😀', 'aa\u{10ffff}', 'b', ''];
    for (const prefix of ['ab', 'a', 'ab\uffff']) {
      const { from, below } = listBounds(prefix);
      for (const s of samples) {
        const inRange = byCodePoint(s, from) >= 0 && (below === undefined || byCodePoint(s, below) < 0);
        expect([prefix, s, inRange]).toEqual([prefix, s, s.startsWith(prefix)]);
      }
    }
  });
});
