import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { FixedClock } from '../../src/clock';
import { messages } from '../../src/i18n';
import { parseCsv } from '../support/csv';
import { submitIdea } from '../support/ideas';
import { allText, button, cardOf, Reply, submitActions, TeamsUser, visibleText } from '../support/teams-user';
import { announceDecision } from '../support/desk';
import { TestBot } from '../support/test-bot';
import { typeset } from '../support/french';

const ADMIN = 'a0a0a0a0-1111-2222-3333-444444444444';
const TENANT = '11111111-2222-3333-4444-555555555555';
const IKM_CHANNEL = '19:ikm-desk@thread.tacv2';
const p = messages('en').proposal;

/** A Teams-like file host on 127.0.0.1: each path serves the bytes registered for it. */
class FakeFileHost {
  private readonly files = new Map<string, Buffer>();
  private server?: http.Server;
  url = '';
  /** Requests received, by path (a refused upload should not even be fetched). */
  readonly fetched: string[] = [];

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      this.fetched.push(req.url ?? '');
      const body = this.files.get(req.url ?? '');
      // Two calls, not chained: restify (loaded by the bot in this process) changes what writeHead returns.
      res.writeHead(body ? 200 : 404, body ? { 'content-type': 'application/octet-stream', 'content-length': body.length } : {});
      res.end(body);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  serve(name: string, bytes: Buffer): string {
    this.files.set(`/${name}`, bytes);
    return `${this.url}/${name}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** What Teams sends when someone sends a file to the bot in a personal chat. */
function fileMessage(name: string, downloadUrl: string) {
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.teams.file.download.info',
        name,
        contentUrl: 'https://contoso.sharepoint.com/personal/x/Documents/Applications/' + name,
        content: { downloadUrl, uniqueId: 'e4b1a0f2', fileType: path.extname(name).slice(1) },
      },
    ],
  };
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('the proposal stage: "My proposal" and the proposal document handed in the chat (end to end over HTTP)', () => {
  const clock = new FixedClock('2024-11-20T09:00:00Z');
  const host = new FakeFileHost();
  const proposalsDir = mkdtempSync(path.join(os.tmpdir(), 'hub-proposals-'));
  let bot: TestBot;
  let admin: TeamsUser;
  let team: TeamsUser;
  let other: TeamsUser;
  let reference: string;
  /** The answer that made version 2 the proposal: pressed again once version 3 replaced it, it is no longer "done already". */
  let replacedByVersion2: Record<string, unknown>;
  const storedFiles = () => readdirSync(proposalsDir).filter((name) => !name.startsWith('.'));

  beforeAll(async () => {
    await host.start();
    // Submitted during the idea window, then the clock moves to the proposal stage.
    clock.set('2024-10-01T09:00:00Z');
    bot = await new TestBot({ clock, env: { IKM_ADMIN_IDS: ADMIN, PROPOSALS_DIR: proposalsDir, PROPOSAL_MAX_MB: '1' } }).start();
    admin = bot.user({ aadObjectId: ADMIN });
    await admin.send({ type: 'message', text: 'register channel', conversation: { id: IKM_CHANNEL, conversationType: 'channel', tenantId: TENANT } });
    team = bot.user({ localTimezone: 'Africa/Nairobi' });
    reference = await submitIdea(team, { title: 'Solar kiosks' });
    other = bot.user();
    await submitIdea(other, { title: 'Not shortlisted' });
    await admin.press({ verb: 'desk.shortlist.set', reference, on: true });
    // Ticked but not announced, the shortlist is IKM's alone: the team sees no proposal stage yet,
    // and its idea says nothing of it.
    // Asked for, nothing was sent: nothing is said of a file not stored.
    expect(allText(await team.say('my proposal'))).toBe(p.beforeShortlist);
    expect(p.beforeShortlist).not.toMatch(/stored|file/);
    expect(allText(await team.say('my idea'))).not.toContain(messages('en').ideaForm.review.shortlisted);
    clock.set('2024-10-28T09:00:00Z');
    await announceDecision(admin, 'shortlist', 'date');
    expect(allText(await team.say('my proposal'))).toContain(p.beforeShortlist);
    clock.set('2024-11-20T09:00:00Z');
  });
  afterAll(async () => {
    await bot.stop();
    await host.stop();
    rmSync(proposalsDir, { recursive: true, force: true });
  });
  afterEach(() => expect(bot.errors).toEqual([]));

  it('offers "My proposal" to the shortlisted team only: the deadline in its zone, the checklist, the next step', async () => {
    expect(submitActions((await team.say('menu'))[0]).map((action) => action.title)).toContain(messages('en').menu.proposal);
    const idea = await team.say('my idea');
    expect(allText(idea)).toContain(messages('en').ideaForm.review.shortlisted);
    expect(submitActions(idea[0]).map((action) => action.data)).toContainEqual({ verb: 'menu', item: 'proposal', lang: 'en' });
    const stranger = bot.user();
    expect(submitActions((await stranger.say('menu'))[0]).map((action) => action.title)).not.toContain(messages('en').menu.proposal);
    expect(allText(await stranger.say('my proposal'))).toBe(p.notShortlisted);
    // On the desk, the idea left off the announced shortlist reads so (it read "Submitted").
    const list = allText(await admin.press({ verb: 'desk.submissions', page: 1 }));
    expect(list).toMatch(/Not shortlisted/);
    expect(list).not.toMatch(/\bSubmitted\b/);
    expect(p.notShortlisted).not.toContain('stored');

    const card = allText(await team.say('my proposal'));
    expect(card).toContain('Proposal deadline: 16 December 2024 at 01:59 (Africa/Nairobi) (in 26 days).');
    expect(card).toContain('The full proposal document (PDF, Word or Excel)');
    expect(card).toContain('A results framework');
    // A size as people write it: no needless decimal ("1 MB", not "1.0 MB").
    expect(card).toContain('PDF, Word or Excel, up to 1 MB.');
    expect(card).toContain(p.next.handIn);
    const ticked = await team.press({ ...button(await team.say('my proposal'), 'proposal.item'), itemId: 'budget', done: true });
    expect(allText(ticked)).toMatch(/✔\nA detailed budget/);
    expect(allText(await team.press({ verb: 'proposal.item', itemId: 'proposal-document', done: true }))).toContain(messages('en').cards.unknownAction);
  });

  it('takes a PDF: stored, confirmed with name, size and reference, shown to IKM; a later file replaces it once the team says so, and both are kept', async () => {
    // Before anything is handed in, IKM's funding decision form says so.
    const noProposal = messages('en').desk.decision.noProposal;
    expect(allText(await admin.press({ verb: 'desk.decision.form', reference }))).toContain(noProposal);
    const first = allText(await team.send(fileMessage('Kiosks proposal.pdf', host.serve('first', PDF))).then((r) => r.replies));
    expect(first).toContain(`Received: Kiosks proposal.pdf (1 kB), filed as ${reference}-P1.`);
    // A first file is the proposal at once: the team is told how a budget sent first is put right.
    expect(first).toContain('If this is not the proposal itself (a budget, an annex), send the proposal document: I will ask before it replaces this one.');
    expect(storedFiles()).toHaveLength(1);
    // IKM's channel is told, with the idea, the file and "Open".
    const told = bot.connector.postedTo(IKM_CHANNEL);
    expect(allText(told.slice(-1))).toContain(`Proposal handed in: ${reference}-P1`);
    expect(allText(told.slice(-1))).toContain('Solar kiosks');
    expect(allText(told.slice(-1))).toContain('File: Kiosks proposal.pdf (1 kB)');
    expect(submitActions(told.at(-1)).map((action) => action.data)).toContainEqual({ verb: 'desk.submission.open', reference });

    const docx = await new JSZip().file('[Content_Types].xml', '<Types/>').file('word/document.xml', '<w:document/>').generateAsync({ type: 'nodebuffer' });
    // A spreadsheet sent after it (a budget meant to go with it?) does not take its place unasked.
    const xlsx = await new JSZip().file('[Content_Types].xml', '<Types/>').file('xl/workbook.xml', '<workbook/>').generateAsync({ type: 'nodebuffer' });
    const budget = (await team.send(fileMessage('Budget.xlsx', host.serve('budget', xlsx)))).replies;
    expect(allText(budget)).toContain('You handed in Kiosks proposal.pdf as your proposal already. Should Budget.xlsx replace it?');
    expect(submitActions(budget[0]).map((action) => action.title)).toEqual(['Yes, replace it', 'No, keep the one handed in']);
    const [, keep] = submitActions(budget[0]);
    expect(allText(await team.press(keep.data))).toBe('Kiosks proposal.pdf stays your proposal; Budget.xlsx was not kept.');
    expect(storedFiles()).toHaveLength(1);
    expect(allText(await team.say('my proposal'))).toContain('Handed in: Kiosks proposal.pdf');
    // The same card pressed again: nothing is waiting any more.
    expect(allText(await team.press(keep.data))).toContain('No file is waiting for that answer any more');

    const asked = (await team.send(fileMessage('Kiosks proposal v2.docx', host.serve('second', docx)))).replies;
    expect(allText(asked)).toContain('Should Kiosks proposal v2.docx replace it?');
    const [replace] = submitActions(asked[0]);
    const second = allText(await team.press(replace.data));
    expect(second).toContain(`filed as ${reference}-P2. It replaces Kiosks proposal.pdf, which is kept.`);
    expect(second).not.toContain('If this is not the proposal itself');
    // Pressed again: done already, said as such (it said no file was waiting, as if nothing had happened).
    expect(allText(await team.press(replace.data))).toBe(p.replace.already({ name: 'Kiosks proposal v2.docx', reference: `${reference}-P2` }));
    replacedByVersion2 = replace.data;
    const toldNow = bot.connector.postedTo(IKM_CHANNEL);
    expect(allText(toldNow.slice(-1))).toContain(`Proposal handed in: ${reference}-P2`);
    expect(allText(toldNow.slice(-1))).toContain('Version 2: it replaces the one handed in before');
    // A file kept aside (the budget above) told IKM nothing: one card per version handed in.
    expect(allText(toldNow).match(/Proposal handed in/g)).toHaveLength(2);
    expect(storedFiles()).toHaveLength(2);
    // The answer of an older card cannot decide about a newer file.
    expect(allText(await team.press(keep.data))).toContain('No file is waiting for that answer any more');
    expect(storedFiles()).toHaveLength(2);
    const handedIn = allText(await team.say('my proposal'));
    expect(handedIn).toContain('Handed in: Kiosks proposal v2.docx');
    // The next step lists what is still open, one item a line, each as the checklist writes it.
    expect(handedIn).toContain(
      "Next step: finish these 2 items:\n• A results framework: what will change, and how it is measured\n• The partner IOM office's endorsement (the proposal goes through it)",
    );
    team.locale = 'fr-FR';
    expect(allText(await team.say('ma proposition'))).toContain(typeset('Prochaine étape : terminez ces 2 points :\n• Un cadre de résultats : ce qui changera, et comment le mesurer\n• L’aval'));
    team.locale = 'es-ES';
    expect(allText(await team.say('mi propuesta'))).toContain('Siguiente paso: complete estos 2 puntos:\n• Un marco de resultados');
    team.locale = 'en-US';

    // IKM: the submission card names every version, the latest first, and links to each (a team
    // that replaced its proposal with the wrong file leaves the right one within IKM's reach); the
    // dashboard counts it.
    const open = await admin.press({ verb: 'desk.submission.open', reference });
    expect(allText(open)).toContain('Proposal, version 2 (the latest): Kiosks proposal v2.docx');
    expect(allText(open)).toContain('Proposal, version 1: Kiosks proposal.pdf');
    const linkTo = (title: string) => JSON.stringify(cardOf(open.at(-1))).match(new RegExp(`"title":"${title}","url":"([^"]+)"`))![1];
    for (const [title, bytes] of [['Download version 2', docx], ['Download version 1', PDF]] as const) {
      const download = await fetch(linkTo(title));
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer())).toEqual(bytes);
    }
    // Each file's link is logged, as the idea's PDF and the exports' are (the review: they were not).
    const log = allText(await admin.press({ verb: 'desk.audit' }));
    for (const target of [`${reference}.pdf`, `${reference}-P2.docx`, `${reference}-P1.pdf`]) expect(log).toContain(`Download link · ${target}`);
    expect(allText(await admin.say('ikm desk'))).toContain('Proposals handed in: 1');
    const early = allText(await admin.press({ verb: 'desk.decision.form', reference }));
    expect(early).not.toContain(noProposal);
    // Before the proposals close, the form says a newer version may still come.
    expect(early).toContain('Proposals can still be handed in until 15 December 2024 at 23:59 (Europe/Zurich)');
  });

  it('refuses, each with its sentence and nothing stored: someone not shortlisted, a file too large, a wrong type, after the deadline', async () => {
    const before = storedFiles().length;
    const fetchedBefore = host.fetched.length;
    const refused = async (user: TeamsUser, name: string, bytes: Buffer) =>
      allText(await user.send(fileMessage(name, host.serve(`${Math.random()}`, bytes))).then((r: { replies: Reply[] }) => r.replies));

    expect(await refused(bot.user(), 'mine.pdf', PDF)).toBe(`${p.fileNotStored} ${p.notShortlisted}`);
    expect(await refused(team, 'big.pdf', Buffer.concat([PDF, Buffer.alloc(1024 * 1024)]))).toBe(p.tooLarge({ max: '1 MB' }));
    expect(await refused(team, 'looks-like.pdf', Buffer.from('MZ this is a program'))).toBe(p.wrongType);
    expect(await refused(team, 'renamed.docx', PDF)).toBe(p.wrongType);
    clock.set('2024-12-16T09:00:00Z');
    expect(await refused(team, 'late.pdf', PDF)).toBe(p.tooLate({ date: '16 December 2024 at 01:59 (Africa/Nairobi)' }));
    expect(storedFiles()).toHaveLength(before);
    // Only the three that needed their bytes looked at were downloaded at all.
    expect(host.fetched.length - fetchedBefore).toBe(3);
    expect(allText(await team.say('my proposal'))).toContain('The proposal deadline passed on 16 December 2024 at 01:59 (Africa/Nairobi).');
  });

  it('takes no file sent in a group chat: nothing fetched or stored, and what waits in the personal chat is untouched', async () => {
    const then = clock.now();
    clock.set('2024-11-21T09:00:00Z');
    const docx = await new JSZip().file('[Content_Types].xml', '<Types/>').file('word/document.xml', '<w:document/>').generateAsync({ type: 'nodebuffer' });
    // Two files at once: the first is taken, and that is said before the question it raises.
    const two = fileMessage('Kiosks proposal v3.docx', host.serve('third', docx));
    two.attachments.push(fileMessage('Annex.pdf', host.serve('annex', PDF)).attachments[0]);
    const asked = (await team.send(two)).replies;
    expect(asked.map((reply) => reply.text ?? '')[0]).toBe(p.oneFile);
    const [replace] = submitActions(asked[1]);
    const before = { stored: storedFiles().length, fetched: host.fetched.length };
    const inGroup = { conversation: { id: '19:team-group@unq.gbl.spaces', conversationType: 'groupChat', tenantId: TENANT } };
    const group = await team.send({ ...fileMessage('Budget v2.xlsx', host.serve('group', PDF)), ...inGroup });
    expect(allText(group.replies)).toBe(p.inSharedChat);
    // The group read nothing of the file handed in.
    expect(allText(group.replies)).not.toContain('Kiosks');
    expect({ stored: storedFiles().length, fetched: host.fetched.length }).toEqual(before);
    // The question asked in the personal chat still takes its answer there.
    expect(allText(await team.press(replace.data))).toContain('filed as');
    expect(allText(await team.say('my proposal'))).toContain('Handed in: Kiosks proposal v3.docx');
    // Version 2's answer, pressed now: version 3 is the proposal, so it is not "done already".
    expect(allText(await team.press(replacedByVersion2))).toBe(p.replace.nothingWaiting);
    clock.set(then);
  });

  it('takes a file with a very long name (kept shortened), and answers a file whose details cannot be read', async () => {
    const then = clock.now();
    clock.set('2024-11-22T09:00:00Z');
    const long = `${'Full proposal '.repeat(25)}final.pdf`;
    const asked = (await team.send(fileMessage(long, host.serve('long', PDF)))).replies;
    expect(allText(asked)).toContain('final.pdf');
    expect(allText(await team.press(submitActions(asked[0])[1].data))).toContain('stays your proposal');
    // An attachment of a file with no download address: nothing taken, and said.
    const broken = await team.send({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'x.pdf', content: {} }] });
    expect(allText(broken.replies)).toBe(p.unreadable);
    clock.set(then);
  });

  it('on a channel without files, says how to hand the proposal in', async () => {
    const email = bot.user({ channelId: 'email', aadObjectId: team.aadObjectId });
    // After the deadline (the test before moved the clock past it), no way to hand anything in is offered.
    const late = allText(await email.say('my proposal'));
    expect(late).toContain('The proposal deadline passed on');
    expect(late).not.toContain('This channel cannot carry files.');
    // Before it: how to hand the proposal in from a channel without files, never "send it in this chat".
    clock.set('2024-12-01T09:00:00Z');
    const reply = allText(await email.say('my proposal'));
    expect(reply).toContain('This channel cannot carry files.');
    expect(reply).not.toContain(p.next.handIn);
    expect(reply).toContain('Proposal deadline:');
    // The document attached to the e-mail itself: said how to hand it in, not answered from the FAQ nor dropped unsaid.
    for (const text of ['Voici notre proposition', '']) {
      const { replies } = await email.send({ type: 'message', text, attachments: [{ contentType: 'application/pdf', contentUrl: 'https://mail.example/att/1', name: 'proposal.pdf' }] });
      expect(allText(replies)).toBe(p.noFiles({ mailbox: 'ikm@iom.int' }));
    }
    // A question beside the file is answered as well; an invitation (.ics) that comes with an e-mail is no proposal.
    const pdf = { contentType: 'application/pdf', contentUrl: 'https://mail.example/att/2', name: 'proposal.pdf' };
    const both = allText((await email.send({ type: 'message', text: 'When is the proposal deadline?', attachments: [pdf] })).replies);
    expect(both).toContain(p.noFiles({ mailbox: 'ikm@iom.int' }));
    expect(both).toMatch(/1[56] December 2024/);
    // ...and so is a command ("menu" with a file: the menu as well).
    expect(allText((await email.send({ type: 'message', text: 'menu', attachments: [pdf] })).replies)).toContain(messages('en').menu.eligibility);
    const ics = { contentType: 'text/calendar', contentUrl: 'https://mail.example/att/3', name: 'invite.ics' };
    const invited = allText((await email.send({ type: 'message', text: 'When is the proposal deadline?', attachments: [ics] })).replies);
    expect(invited).not.toContain(p.noFiles({ mailbox: 'ikm@iom.int' }));
    expect(invited).toMatch(/1[56] December 2024/);
  });

  it('after the funding decision is announced, "My proposal" ends with it, and offers no clinic to book', async () => {
    clock.set('2024-12-20T09:00:00Z');
    const approvals = { 'approval:ddg-operations': 'true', 'approval:director-dapc': 'true' };
    const form = await admin.press({ verb: 'desk.decision.form', reference });
    expect(allText(form)).not.toContain('Proposals can still be handed in');
    // Saved from the form's own Save button, as Teams sends it (with the language every card's buttons carry).
    const save = button(form, 'desk.decision.save');
    expect(save).toMatchObject({ lang: 'en' });
    // A second form opened now, saved before the first: the first's Save no longer overwrites it unseen.
    const stale = button(await admin.press({ verb: 'desk.decision.form', reference }), 'desk.decision.save');
    const saved = allText(await admin.press({ ...save, outcome: 'funded', note: 'Strong plan to scale', ...approvals }));
    expect(saved).toContain('decision recorded by');
    expect(saved).not.toContain(messages('en').cards.unknownAction);
    const refused = await admin.press({ ...stale, outcome: 'not-funded', note: 'stale form' });
    expect(allText(refused)).toContain(`Another decision was recorded for ${reference} after this form was opened (Funded, on `);
    expect(allText(await admin.press({ verb: 'desk.submission.open', reference }))).toContain('Strong plan to scale');
    // The form it gave back keeps what was chosen on it, and its Save now replaces the decision, knowingly...
    const again = button(refused, 'desk.decision.save');
    expect(allText(await admin.press({ ...again, outcome: 'not-funded', note: 'stale form' }))).toContain('decision recorded by');
    expect(allText(await admin.press({ verb: 'desk.submission.open', reference }))).toContain('stale form');
    // ...and the decision this test goes on with is saved again from a fresh form.
    const fresh = button(await admin.press({ verb: 'desk.decision.form', reference }), 'desk.decision.save');
    expect(allText(await admin.press({ ...fresh, outcome: 'funded', note: 'Strong plan to scale', ...approvals }))).toContain('decision recorded by');
    // Not announced yet: the stage is over, IKM reviews.
    expect(allText(await team.say('my proposal'))).toContain(p.next.passed({ mailbox: 'ikm@iom.int' }));
    const fundingQuestion = 'when will we know if our proposal is funded?';
    expect(allText(await team.say(fundingQuestion))).not.toContain('IKM announced');
    await announceDecision(admin, 'funding', 'now');
    // The FAQ's date of the call file is followed by what IKM did ("by 15 January (in 26 days)" alone misled).
    const told = allText(await team.say(fundingQuestion));
    expect(told).toContain(messages('en').faq.decisionTold.funding({ date: '20 December 2024' }));
    // ...and the call's date no longer counts down to it.
    expect(told).toContain('15 January 2025 (already announced)');
    expect(told).not.toMatch(/15 January 2025 \(in \d+ days\)/);
    expect(allText(await bot.user({ locale: 'fr-FR' }).say('quand saura-t-on si notre proposition est financée ?'))).toContain(
      messages('fr').faq.decisionTold.funding({ date: typeset('20 décembre 2024') }),
    );
    // "my idea" says what became of each idea, once its team was told.
    expect(allText(await team.say('my idea'))).toContain(p.next.funded({ mailbox: 'ikm@iom.int' }));
    expect(allText(await other.say('my idea'))).toContain(messages('en').teamMessages.notShortlisted.text({ mailbox: 'ikm@iom.int' }));
    const card = await team.say('my proposal');
    expect(allText(card)).toContain(p.next.funded({ mailbox: 'ikm@iom.int' }));
    expect(submitActions(card[0]).map((action) => action.title)).not.toContain(p.book);
    // The decision is the news: first on the card, said once; nothing is offered to book any more.
    expect(visibleText(card[0]).indexOf(p.next.funded({ mailbox: 'ikm@iom.int' }))).toBeLessThan(visibleText(card[0]).indexOf(p.checklistRecorded));
    // The checklist is a record now: nothing in it left "to do" (○), nothing asked for.
    expect(visibleText(card[0])).not.toContain(p.checklist);
    expect(visibleText(card[0])).not.toContain('○');
    expect(allText(card).split(p.next.funded({ mailbox: 'ikm@iom.int' }))).toHaveLength(2);
    expect(allText(card)).not.toContain(p.sessions);
    expect(allText(card)).not.toContain(p.noneOpen({ other: false }));
    expect(allText(card)).not.toContain(p.noneOpen({ other: true }));

    // The export keeps the decision's note, and when the shortlist was announced (the call's date,
    // 11 November in Zurich) and the decision.
    const exports = JSON.stringify(cardOf((await admin.press({ verb: 'desk.exports' })).at(-1)));
    const csvUrl = /"title":"Submissions \(CSV\)","url":"([^"]+)"/.exec(exports)![1];
    const [header, ...rows] = parseCsv((await (await fetch(csvUrl)).text()).replace(/^\ufeff/, ''));
    const row = rows.find((cells) => cells[0] === reference)!;
    expect(row[header.indexOf('Decision note')]).toBe('Strong plan to scale');
    // The proposal's latest version, and those it replaced.
    expect(row[header.indexOf('Proposal file')]).toBe('Kiosks proposal v3.docx');
    expect(row[header.indexOf('Proposal version')]).toBe('3');
    expect(row[header.indexOf('Earlier proposal versions')]).toBe('1: Kiosks proposal.pdf; 2: Kiosks proposal v2.docx');
    // Words, not codes; a figure's unit in its heading.
    expect(row[header.indexOf('Funding decision')]).toBe('Funded');
    expect(header).toEqual(expect.arrayContaining(['Budget (USD)', 'Duration (months)']));
    expect(row[header.indexOf('Shortlist announced (UTC)')]).toBe('2024-11-10 23:00:00');
    expect(row[header.indexOf('Funding decision announced (UTC)')]).toMatch(/^2024-12-20/);
    // The other idea, not shortlisted: told the shortlist, no funding decision to tell.
    const otherRow = rows.find((cells) => cells[0] !== reference)!;
    expect(otherRow[header.indexOf('Shortlist announced (UTC)')]).toBe('2024-11-10 23:00:00');
    expect(otherRow[header.indexOf('Funding decision announced (UTC)')]).toBe('');
  });
});

describe('"My proposal" before the clinics open (end to end over HTTP)', () => {
  const clock = new FixedClock('2024-10-01T09:00:00Z');
  let bot: TestBot;
  afterAll(() => bot.stop());

  it('says when the sessions open for booking, and no "other" session where none is booked', async () => {
    bot = await new TestBot({ clock, env: { IKM_ADMIN_IDS: ADMIN } }).start();
    const admin = bot.user({ aadObjectId: ADMIN });
    const team = bot.user({ locale: 'fr-FR', localTimezone: 'Africa/Dakar' });
    const reference = await submitIdea(team, { title: 'Kiosques' });
    await admin.press({ verb: 'desk.shortlist.set', reference, on: true });
    // Told at once, two weeks before the clinics window opens (11 November in Zurich: 23:00 the night before in Dakar).
    clock.set('2024-10-28T09:00:00Z');
    await announceDecision(admin, 'shortlist', 'now');
    const card = allText(await team.say('ma proposition'));
    const fr = messages('fr').proposal;
    expect(card).toContain(fr.opensOn({ date: typeset('10 novembre 2024 à 23:00 (Africa/Dakar)') }));
    expect(card).not.toContain(fr.noneOpen({ other: true }));
    expect(bot.errors).toEqual([]);
  });
});

