import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FixedClock } from '../../src/clock';
import { loadConfig } from '../../src/config';
import { OutboxMailer, SmtpMailer, createMailer, mailBody } from '../../src/mail';
import { parseEml } from './eml';

const AT = '2024-05-02T08:30:00.000Z';

describe('OutboxMailer', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'hub-outbox-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes a parseable .eml with the subject, the text and the escaped HTML, creating the folder', async () => {
    const outbox = path.join(dir, 'data', 'outbox');
    const mailer = new OutboxMailer({ dir: outbox, from: 'Innovation Hub Assistant <no-reply@localhost>', clock: new FixedClock(AT) });
    const body = mailBody([
      { kind: 'heading', text: 'Nouvelle question Q-0007' },
      { kind: 'quote', text: 'Est-ce que <script>alert("x")</script> est éligible ? 🚀' },
    ]);
    const sent = await mailer.send({
      to: 'IKM <ikm@iom.int>',
      subject: 'Question Q-0007 : éligibilité',
      ...body,
      replyTo: 'aokello@iom.int',
    });

    expect(await readdir(outbox)).toEqual([path.basename(sent.file)]);
    expect(path.basename(sent.file)).toMatch(/^2024-05-02T08-30-00-000Z-[0-9a-f]{8}\.eml$/);
    expect(sent.id).toMatch(/^<[^<>@]+@localhost>$/);

    const mail = parseEml(await readFile(sent.file, 'utf8'));
    expect(mail.headers.get('subject')).toBe('Question Q-0007 : éligibilité');
    expect(mail.headers.get('from')).toBe('Innovation Hub Assistant <no-reply@localhost>');
    expect(mail.headers.get('to')).toBe('IKM <ikm@iom.int>');
    expect(mail.headers.get('reply-to')).toBe('aokello@iom.int');
    expect(mail.headers.get('message-id')).toBe(sent.id);
    expect(mail.headers.get('date')).toBe('Thu, 02 May 2024 08:30:00 +0000');
    expect(mail.text).toBe('Nouvelle question Q-0007\r\n\r\n> Est-ce que <script>alert("x")</script> est éligible ? 🚀\r\n');
    expect(mail.html).toContain('Est-ce que &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; est éligible ? 🚀');
    expect(mail.html).not.toContain('<script>');
  });

  it('keeps the files private to the bot account', async () => {
    const mailer = new OutboxMailer({ dir, from: 'no-reply@localhost', clock: new FixedClock(AT) });
    const { file } = await mailer.send({ to: 'ikm@iom.int', subject: 'Hello', text: 'Hi' });
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o077).toBe(0);
  });

  it('writes one file per message, even in the same millisecond', async () => {
    const mailer = new OutboxMailer({ dir, from: 'no-reply@localhost', clock: new FixedClock(AT) });
    const sent = await Promise.all(
      Array.from({ length: 5 }, (_, i) => mailer.send({ to: 'ikm@iom.int', subject: `Message ${i}`, text: `Body ${i}` })),
    );
    expect(new Set(sent.map((s) => s.file)).size).toBe(5);
    expect((await readdir(dir)).filter((name) => name.endsWith('.eml'))).toHaveLength(5);
  });

  it('cannot be made to add a header through the subject, and refuses bad addresses', async () => {
    const mailer = new OutboxMailer({ dir, from: 'no-reply@localhost', clock: new FixedClock(AT) });
    const { file } = await mailer.send({ to: 'ikm@iom.int', subject: 'Hi\r\nBcc: spy@example.org', text: 'x' });
    const mail = parseEml(await readFile(file, 'utf8'));
    expect(mail.headers.has('bcc')).toBe(false);
    expect(mail.headers.get('subject')).toBe('Hi Bcc: spy@example.org');

    await expect(mailer.send({ to: 'ikm@iom.int\r\nBcc: spy@example.org', subject: 'x', text: 'x' })).rejects.toThrow(TypeError);
    await expect(mailer.send({ to: [], subject: 'x', text: 'x' })).rejects.toThrow(TypeError);
    await expect(mailer.send({ to: 'ikm@iom.int', subject: ' \r\n ', text: 'x' })).rejects.toThrow('subject');
    await expect(mailer.send({ to: 'ikm@iom.int', subject: 'x', text: 'x', replyTo: 'nobody' })).rejects.toThrow('replyTo');
  });
});

describe('createMailer', () => {
  it('writes to the outbox when no SMTP_URL is configured', () => {
    const mailer = createMailer(loadConfig({ MAIL_OUTBOX_DIR: '/tmp/hub-outbox-never-written' }));
    expect(mailer).toBeInstanceOf(OutboxMailer);
    expect(mailer.describe()).toEqual({ transport: 'outbox', dir: '/tmp/hub-outbox-never-written' });
  });

  it('uses SMTP when SMTP_URL is set, and its description holds no secret', () => {
    const mailer = createMailer(loadConfig({ SMTP_URL: 'smtps://hub%40iom.int:s3cr%3At@smtp.example.org:465' }));
    expect(mailer).toBeInstanceOf(SmtpMailer);
    const description = mailer.describe();
    expect(description).toEqual({ transport: 'smtp', host: 'smtp.example.org', port: 465, secure: true, authenticated: true });
    expect(JSON.stringify(description)).not.toMatch(/s3cr|hub/);
  });
});
