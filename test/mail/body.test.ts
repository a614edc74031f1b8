import { escapeHtml, isSafeLinkUrl, mailBody } from '../../src/mail';

describe('mail bodies', () => {
  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>Tom & Jerry</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;',
    );
  });

  it('builds a plain-text body and an HTML body from the same blocks', () => {
    const body = mailBody([
      { kind: 'heading', text: 'New question Q-0007' },
      { kind: 'fields', fields: [{ label: 'Language', value: 'fr' }, { label: 'Asked by', value: 'Amina <Okello>' }] },
      { kind: 'quote', text: 'Is <b>this</b> eligible?\n\nSecond paragraph & more' },
      'Answer in the IKM channel.',
      { kind: 'link', label: 'Open Teams', url: 'https://teams.microsoft.com/l/chat' },
    ]);
    expect(body.text).toBe(
      [
        'New question Q-0007',
        '',
        'Language: fr',
        'Asked by: Amina <Okello>',
        '',
        '> Is <b>this</b> eligible?',
        '>',
        '> Second paragraph & more',
        '',
        'Answer in the IKM channel.',
        '',
        'Open Teams: https://teams.microsoft.com/l/chat',
        '',
      ].join('\n'),
    );
    expect(body.html).toContain('<h2 style="font-size:18px;margin:0 0 12px">New question Q-0007</h2>');
    expect(body.html).toContain('Amina &lt;Okello&gt;');
    expect(body.html).toContain('Is &lt;b&gt;this&lt;/b&gt; eligible?<br>\n<br>\nSecond paragraph &amp; more');
    expect(body.html).toContain('<a href="https://teams.microsoft.com/l/chat">Open Teams</a>');
    expect(body.html).not.toContain('<b>');
  });

  it('never turns a javascript: or data: URL into a link', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>x</script>', 'not a url']) {
      expect(isSafeLinkUrl(url)).toBe(false);
      const { html } = mailBody([{ kind: 'link', label: 'Click', url }]);
      expect(html).not.toContain('<a ');
      expect(html).not.toContain('<script>');
    }
    expect(isSafeLinkUrl('mailto:ikm@iom.int')).toBe(true);
  });

  it('escapes user text in every block, labels included', () => {
    const evil = '<img src=x onerror="alert(1)">';
    const { html } = mailBody([
      { kind: 'heading', text: evil },
      { kind: 'paragraph', text: evil },
      { kind: 'quote', text: evil },
      { kind: 'fields', fields: [{ label: evil, value: evil }] },
      { kind: 'link', label: evil, url: 'https://example.org/?q="><script>' },
    ]);
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('href="https://example.org/?q=%22%3E%3Cscript%3E"');
  });
});
