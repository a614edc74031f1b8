import net from 'node:net';
import { FixedClock } from '../../src/clock';
import { MailSendError, SmtpMailer, mailBody } from '../../src/mail';
import { parseEml } from './eml';

/**
 * The SMTP mailer against a fake server on 127.0.0.1 (a few lines of `net`: no SMTP server package
 * is installed, and nothing leaves the machine). It speaks just enough ESMTP for nodemailer: EHLO,
 * AUTH PLAIN, MAIL, RCPT, DATA, QUIT.
 */

interface Received {
  from?: string;
  to: string[];
  data: string;
}

interface FakeSmtp {
  port: number;
  received: Received[];
  close(): Promise<void>;
}

const USER = 'hub@iom.int';
const PASSWORD = 'pa:ss w@rd';

async function fakeSmtp(): Promise<FakeSmtp> {
  const received: Received[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    let buffer = '';
    let current: Received = { to: [], data: '' };
    let inData = false;
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 fake.local ESMTP');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            received.push(current);
            current = { to: [], data: '' };
            reply('250 2.0.0 queued');
          } else {
            current.data += `${line.startsWith('..') ? line.slice(1) : line}\r\n`;
          }
          continue;
        }
        const verb = line.split(' ')[0].toUpperCase();
        if (verb === 'EHLO') {
          socket.write('250-fake.local\r\n250-AUTH PLAIN\r\n250 8BITMIME\r\n');
        } else if (verb === 'AUTH') {
          const [, , initial] = line.split(' ');
          const [, user, pass] = Buffer.from(initial ?? '', 'base64').toString('utf8').split('\u0000');
          reply(user === USER && pass === PASSWORD ? '235 2.7.0 ok' : '535 5.7.8 Authentication failed');
        } else if (verb === 'MAIL') {
          current.from = /<([^>]*)>/.exec(line)?.[1];
          reply('250 ok');
        } else if (verb === 'RCPT') {
          current.to.push(/<([^>]*)>/.exec(line)?.[1] ?? '');
          reply('250 ok');
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 go ahead');
        } else if (verb === 'QUIT') {
          reply('221 bye');
          socket.end();
        } else if (verb === 'RSET' || verb === 'NOOP') {
          reply('250 ok');
        } else {
          reply('502 not implemented');
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

const url = (port: number, password = PASSWORD) =>
  `smtp://${encodeURIComponent(USER)}:${encodeURIComponent(password)}@127.0.0.1:${port}`;

describe('SmtpMailer', () => {
  let server: FakeSmtp;

  beforeEach(async () => {
    server = await fakeSmtp();
  });

  afterEach(async () => {
    await server.close();
  });

  it('is built from the URL without connecting', () => {
    const mailer = new SmtpMailer({ url: 'smtp://smtp.example.org:587', from: 'no-reply@iom.int' });
    expect(mailer.describe()).toEqual({ transport: 'smtp', host: 'smtp.example.org', port: 587, secure: false, authenticated: false });
    expect(server.received).toEqual([]);
  });

  it('authenticates and sends the message, subject and escaped HTML intact', async () => {
    const mailer = new SmtpMailer({
      url: url(server.port),
      from: 'Innovation Hub Assistant <no-reply@iom.int>',
      clock: new FixedClock('2024-05-02T08:30:00.000Z'),
    });
    const sent = await mailer.send({
      to: ['ikm@iom.int'],
      subject: 'Question Q-0001: ¿elegible?',
      ...mailBody([{ kind: 'quote', text: '<b>Is</b> it & that?' }]),
    });
    await mailer.close();

    expect(server.received).toHaveLength(1);
    const [message] = server.received;
    expect(message.from).toBe('no-reply@iom.int');
    expect(message.to).toEqual(['ikm@iom.int']);
    const mail = parseEml(message.data);
    expect(mail.headers.get('message-id')).toBe(sent.id);
    expect(mail.headers.get('subject')).toBe('Question Q-0001: ¿elegible?');
    expect(mail.text).toBe('> <b>Is</b> it & that?\r\n');
    expect(mail.html).toContain('&lt;b&gt;Is&lt;/b&gt; it &amp; that?');
  });

  it('fails with a MailSendError that does not quote the password', async () => {
    const wrong = 'wrong-s3cret';
    const mailer = new SmtpMailer({ url: url(server.port, wrong), from: 'no-reply@iom.int' });
    const failure = await mailer.send({ to: 'ikm@iom.int', subject: 'x', text: 'x' }).catch((error: unknown) => error);
    await mailer.close();
    expect(failure).toBeInstanceOf(MailSendError);
    const error = failure as MailSendError;
    expect(error.code).toBe('EAUTH');
    expect(error.responseCode).toBe(535);
    expect(`${error.message} ${error.stack}`).not.toContain(wrong);
    expect(server.received).toEqual([]);
  });

  it('verify() reports an unreachable server as a MailSendError', async () => {
    const port = server.port;
    await server.close();
    const mailer = new SmtpMailer({ url: url(port), from: 'no-reply@iom.int' });
    await expect(mailer.verify()).rejects.toMatchObject({ name: 'MailSendError', code: 'ESOCKET' });
    server = await fakeSmtp();
  });
});
