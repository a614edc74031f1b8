import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { readContentYaml } from '../../src/content-files/read-yaml';

const CONTENT = join(__dirname, '..', '..', 'content');

describe('readContentYaml: a content file read fast, its lines found only when a problem must be told', () => {
  it('reads every shipped content file exactly as the `yaml` package does', () => {
    const files = [...readdirSync(join(CONTENT, 'faq')).filter((name) => name.endsWith('.yaml')).map((name) => join(CONTENT, 'faq', name)), join(CONTENT, 'call-2024.yaml'), join(CONTENT, 'sessions.yaml')];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const read = readContentYaml(text);
      expect([file, read.ok && read.raw]).toEqual([file, YAML.parseDocument(text, { uniqueKeys: true }).toJS()]);
    }
  });

  it('keeps dates and words such as "no" as text (YAML 1.2), and numbers as numbers', () => {
    const read = readContentYaml('opens: 2024-10-25T23:59\nday: 2024-10-25\nanswer: no\nbudget: 80000\n');
    expect(read.ok && read.raw).toEqual({ opens: '2024-10-25T23:59', day: '2024-10-25', answer: 'no', budget: 80000 });
  });

  it('refuses a duplicate key or broken YAML as `yaml` words it', () => {
    const duplicate = readContentYaml('topic: a\nentries: []\ntopic: b\n');
    expect(duplicate.ok).toBe(false);
    expect(!duplicate.ok && duplicate.errors[0].message).toBe('Map keys must be unique');
    const broken = readContentYaml('entries:\n  - id: x\n   questions: [\n');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.errors.every((error) => typeof error.message === 'string' && !error.message.includes('\n'))).toBe(true);
  });

  it('finds where a node stands only when asked', () => {
    const spy = jest.spyOn(YAML, 'parseDocument');
    const read = readContentYaml('a:\n  b: 1\n');
    expect(spy).not.toHaveBeenCalled();
    expect(read.ok && read.located().lineCounter.linePos((read.located().doc.getIn(['a', 'b'], true) as YAML.Scalar).range![0]).line).toBe(2);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});
