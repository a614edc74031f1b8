import ExcelJS from 'exceljs';
import pdfParse from 'pdf-parse';
import { FixedClock } from '../../src/clock';
import { deskFiles, ideaDocument, IdeaReview, renderIdeaPdf, submissionMail, tablesXlsx, AuditLog } from '../../src/desk';
import { FIELD_IDS, formDefinition } from '../../src/ideas';
import { messages } from '../../src/i18n';
import { AT, COMPLETE_RAW } from '../ideas/idea-fixtures';
import { describeEachEngine, useStore } from '../storage/engines';
import { makeSession } from '../bookings/booking-fixtures';
import { parseCsv } from '../support/csv';
import { freshCall, ideasFor, submitFor } from './desk-fixtures';

/** An answer a reviewer must get back exactly: accents, quotes, commas, a line break, a formula. */
const TRICKY_TITLE = 'Réparer «vite», "bien", et = moins cher';
const FORMULA_OFFICE = '=HYPERLINK("http://evil.example","IOM Uganda")';

describeEachEngine('the IKM desk documents', (target) => {
  const { store } = useStore(target);

  const setUp = async () => {
    const call = freshCall();
    const clock = new FixedClock(AT.during);
    const ideas = ideasFor(store(), call, clock);
    const first = await submitFor(ideas, 'team-a', TRICKY_TITLE);
    // A second idea whose office name is a spreadsheet formula, and whose problem runs over lines.
    const { draft } = await ideas.startDraft('team-b', {});
    let revision = draft.revision;
    for (const [section, raw] of Object.entries({ ...COMPLETE_RAW, office: { ...COMPLETE_RAW.office, officeName: FORMULA_OFFICE } })) {
      const saved = await ideas.saveSection('team-b', revision, section as never, section === 'solution' ? { ...raw, problem: 'First line,\nsecond line.' } : raw);
      if (!saved.ok) throw new Error(saved.reason);
      revision = saved.draft.revision;
    }
    const second = (await ideas.submit('team-b', revision)) as { ok: true; reference: string };
    const review = new IdeaReview(store(), call, ideas, clock);
    await review.setShortlisted(first, true, 'admin-1');
    const files = deskFiles({
      call,
      clock,
      ideas,
      review,
      catalogue: { list: async () => [] },
      bookings: { attendees: async () => ({ ok: false, reason: 'not-found' }) as never },
      audit: new AuditLog(store(), clock),
      faqSuggestions: async () => [],
      // team-a's Teams name is known; team-b's is not (the cell is then empty).
      nameOf: async (personId) => (personId === 'team-a' ? 'Amina Yusuf' : undefined),
    });
    return { call, clock, ideas, files, first, second: second.reference };
  };

  it('exports every submission with every field: the XLSX and the CSV read back equal to the stored answers', async () => {
    const { call, ideas, files, first } = await setUp();
    const stored = await ideas.listSubmissions();
    const units: Partial<Record<string, string>> = { budgetUsd: ' (USD)', durationMonths: ' (months)' };
    const headers = ['Reference', 'Submitted (UTC)', 'Submitted by', 'Submitted by (id)', ...FIELD_IDS.map((id) => `${messages('en').ideaForm.fields[id].name}${units[id] ?? ''}`)];

    const xlsx = await files.export('innovation-hub.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx!.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Submissions')!;
    expect(workbook.getWorksheet('Bookings')).toBeDefined();
    const headerRow = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headerRow.slice(0, headers.length)).toEqual(headers);
    expect(headerRow).toContain('Shortlisted (UTC)');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(stored.length + 1);

    const csvBytes = Buffer.from((await files.export('submissions.csv'))!.body);
    expect(csvBytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const csv = parseCsv(csvBytes.toString('utf8').replace(/^\uFEFF/, ''));
    expect(csv[0].slice(0, headers.length)).toEqual(headers);
    expect(csv).toHaveLength(stored.length + 1);

    const column = (name: string) => headers.indexOf(name);
    for (const submission of stored) {
      const xlsxRow = sheet.getColumn(1).values.indexOf(submission.reference);
      const cells = (sheet.getRow(xlsxRow).values as unknown[]).slice(1);
      const csvRow = csv.find((row) => row[0] === submission.reference)!;
      const a = submission.answers;
      const label = (list: { id: string; label: { en: string } }[], id: string) => list.find((entry) => entry.id === id)!.label.en;
      const expected: Record<string, unknown> = {
        'Submitted by (id)': submission.ownerId,
        ...(submission.ownerId === 'team-a' ? { 'Submitted by': 'Amina Yusuf' } : {}),
        Title: a.title,
        'Strategic objectives': a.objectives!.map((id) => call.strategicObjectives.find((o) => o.id === id)!.title.en).join('; '),
        'Type of office': label(call.eligibleSubmitters, a.officeType!),
        Office: a.officeName,
        'Country or region': a.countryOrRegion,
        'The problem': a.problem,
        'Budget (USD)': a.budgetUsd,
        'Duration (months)': a.durationMonths,
      };
      for (const [name, value] of Object.entries(expected)) {
        expect([name, column(name)]).not.toEqual([name, -1]);
        expect([name, cells[column(name)]]).toEqual([name, value]);
        const csvValue = String(value).startsWith('=') ? `'${value}` : String(value);
        expect([name, csvRow[column(name)]]).toEqual([name, csvValue]);
      }
      // Every other field too: its stored answer, option ids as their English titles, in the field's column.
      const fields = formDefinition(call).sections.flatMap((section) => section.fields);
      for (const field of fields) {
        const value = a[field.id];
        const title = (id: string) => ('options' in field ? field.options.find((option) => option.id === id)?.label.en : undefined) ?? id;
        const shown =
          value === undefined
            ? undefined
            : Array.isArray(value)
              ? value.map(title).join('; ')
              : field.kind === 'choice'
                ? title(String(value))
                : field.kind === 'date'
                  ? new Date(`${value}T00:00:00Z`)
                  : value;
        // A figure's heading names its unit.
        const unit = field.kind === 'number' ? (field.unit === 'months' ? ' (months)' : ' (USD)') : '';
        const name = `${messages('en').ideaForm.fields[field.id].name}${unit}`;
        expect([name, cells[column(name)] ?? undefined]).toEqual([name, shown ?? undefined]);
        // A calendar day is the day alone in the CSV (as a UTC instant, a spreadsheet west of Greenwich showed the day before).
        const asCsv = shown === undefined ? '' : shown instanceof Date ? String(value) : String(shown).startsWith('=') ? `'${shown}` : String(shown);
        expect([name, csvRow[column(name)]]).toEqual([name, asCsv]);
      }
      // Dates are dates in the workbook; in the CSV, UTC written as spreadsheets read a date and time.
      expect(cells[column('Submitted (UTC)')]).toEqual(new Date(submission.submittedAt));
      expect(csvRow[column('Submitted (UTC)')]).toBe(submission.submittedAt.slice(0, 19).replace('T', ' '));
      expect(csvRow[column('Submitted (UTC)')]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect(cells[column('Planned start')]).toEqual(new Date(`${a.plannedStart}T00:00:00Z`));
      expect(csvRow[column('Planned start')]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(typeof cells[column('Budget (USD)')]).toBe('number');
    }
    const shortlistedColumn = headerRow.indexOf('Shortlisted (UTC)');
    expect((sheet.getRow(sheet.getColumn(1).values.indexOf(first)).values as unknown[]).slice(1)[shortlistedColumn]).toEqual(AT.during);
  });

  it('the PDF carries the whole idea, accents intact, over several pages when long; the e-mail attaches it', async () => {
    const { call, clock, ideas, files, first } = await setUp();
    const submission = (await ideas.getSubmission(first))!;
    const long = { ...submission, answers: { ...submission.answers, solution: Array.from({ length: 900 }, (_, i) => `mot${i}`).join(' ') + ' FIN-DE-LA-SOLUTION' } };
    const pdf = await renderIdeaPdf(ideaDocument(call, long), { createdAt: clock.now() });
    const parsed = await pdfParse(pdf);
    expect(parsed.text).toContain(first);
    expect(parsed.text).toContain('Réparer «vite», "bien", et = moins cher');
    expect(parsed.text).toContain('Problem and solution');
    expect(parsed.text).toContain('FIN-DE-LA-SOLUTION');
    expect(parsed.numpages).toBeGreaterThan(1);
    expect(parsed.text).toContain(`${first} · ${parsed.numpages} / ${parsed.numpages}`);

    // A character the font cannot draw (an emoji) is a white square, not nothing (trial: "🌍" vanished).
    const withEmoji = { ...submission, answers: { ...submission.answers, title: 'Kiosques 🌍 solaires 👍🏽', solution: 'Une appli 📱 simple' } };
    const emojiText = (await pdfParse(await renderIdeaPdf(ideaDocument(call, withEmoji), { createdAt: clock.now() }))).text;
    expect(emojiText).toContain('Kiosques \u25a1 solaires \u25a1');
    expect(emojiText).toContain('Une appli \u25a1 simple');
    // ...and the PDF says at its top that some writing is not shown as typed, where to read it (trial: Chinese became squares, unsaid).
    const notAsTyped = messages('en').forms.copy.notAsTyped;
    expect(emojiText.replace(/\s+/g, ' ')).toContain(notAsTyped.slice(0, 60));
    const arabic = { ...submission, answers: { ...submission.answers, focalPointName: 'محمد عبد الله' } };
    expect((await pdfParse(await renderIdeaPdf(ideaDocument(call, arabic), { createdAt: clock.now() }))).text.replace(/\s+/g, ' ')).toContain(notAsTyped.slice(0, 60));
    expect(parsed.text.replace(/\s+/g, ' ')).not.toContain(notAsTyped.slice(0, 60));
    // A tab is the space it stands for, not a square.
    const tabbed = { ...submission, answers: { ...submission.answers, solution: 'Tab\there\n\nSecond paragraph' } };
    const tabbedText = (await pdfParse(await renderIdeaPdf(ideaDocument(call, tabbed), { createdAt: clock.now() }))).text;
    expect(tabbedText).toContain('Tab    here');
    expect(tabbedText).not.toContain('\u25a1');

    // The team's own copy in French sets a space before each colon, as French does.
    const french = await pdfParse(await renderIdeaPdf(ideaDocument(call, submission, { language: 'fr', zone: 'Europe/Paris' }), { createdAt: clock.now() }));
    expect(french.text).toMatch(/Bureau\s:/);
    expect(french.text).not.toMatch(/Bureau:/);

    const served = await files.idea(`${first}.pdf`);
    expect(served).toMatchObject({ contentType: 'application/pdf', filename: `${first}.pdf` });
    expect(await files.idea('IH-2024-9999.pdf')).toBeUndefined();
    expect(await files.idea('../../etc/passwd')).toBeUndefined();

    const mail = submissionMail(ideaDocument(call, submission), pdf, 'ikm@iom.int');
    expect(mail.subject).toContain(first);
    expect(mail.text).toContain('Réparer «vite»');
    expect(mail.html).toContain('&quot;bien&quot;');
    expect(mail.attachments).toEqual([{ filename: `${first}.pdf`, contentType: 'application/pdf', content: pdf }]);
  });
});

describe('the bookings export', () => {
  it('names each team by its Teams name beside its id and its idea\'s reference, looked up once per team, and leaves the name empty when unknown', async () => {
    const session = makeSession({ id: 'clinic-1' });
    const bookedAt = new Date('2024-11-12T09:00:00Z');
    const looked: string[] = [];
    const files = deskFiles({
      call: freshCall(),
      clock: new FixedClock(AT.during),
      // Team A submitted an idea: its bookings name it, so the list meets the submissions.
      ideas: { listSubmissions: async () => [{ ownerId: 'team-a', reference: 'IH-2024-0007' }] as never, getSubmission: async () => undefined },
      review: { statuses: async () => new Map(), announcement: async () => undefined } as never,
      catalogue: { list: async () => [session, makeSession({ id: 'clinic-2' })] },
      bookings: {
        attendees: async () =>
          ({
            ok: true,
            confirmed: [{ teamId: 'team-a', status: 'confirmed', bookedAt }],
            waitlisted: [{ teamId: 'team-b', status: 'waitlisted', position: 1, bookedAt }],
          }) as never,
      },
      audit: { all: async () => [] },
      faqSuggestions: async () => [],
      nameOf: async (id) => {
        looked.push(id);
        return id === 'team-a' ? 'Amina Diallo' : undefined;
      },
    });
    const [header, ...rows] = parseCsv(Buffer.from((await files.export('bookings.csv'))!.body).toString('utf8').replace(/^\uFEFF/, ''));
    const at = (name: string) => header.indexOf(name);
    expect(rows.map((row) => [row[at('Session')], row[at('Team')], row[at('Team (id)')], row[at('Idea')], row[at('Status')]])).toEqual([
      ['clinic-1', 'Amina Diallo', 'team-a', 'IH-2024-0007', 'confirmed'],
      ['clinic-1', '', 'team-b', '', 'waitlisted'],
      ['clinic-2', 'Amina Diallo', 'team-a', 'IH-2024-0007', 'confirmed'],
      ['clinic-2', '', 'team-b', '', 'waitlisted'],
    ]);
    expect(rows[0][at('Booked (UTC)')]).toBe('2024-11-12 09:00:00');
    expect(looked.sort()).toEqual(['team-a', 'team-b']);
  });
});

describe('the workbook', () => {
  it('wraps a cell of several lines, so that its line breaks show (trial: "The problem" ran into one line)', async () => {
    const table = { name: 'T', columns: [{ header: 'Answer', type: 'text' as const, width: 40 }, { header: 'Short', type: 'text' as const, width: 10 }], rows: [['Line one\nLine two', 'one line']] };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await tablesXlsx([table], { createdAt: new Date('2024-10-01T09:00:00Z') })) as unknown as ArrayBuffer);
    const row = workbook.getWorksheet('T')!.getRow(2);
    expect(row.getCell(1).value).toBe('Line one\nLine two');
    expect(row.getCell(1).alignment).toMatchObject({ wrapText: true });
    expect(row.getCell(2).alignment?.wrapText).toBeFalsy();
  });
});
