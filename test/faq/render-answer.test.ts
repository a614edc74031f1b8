import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CallConfig, CallLanguage } from '../../src/call/call-schema';
import { loadCallFile } from '../../src/call/load-call';
import { type FaqEntry, KNOWN_PLACEHOLDERS, loadKnowledgeBase } from '../../src/faq/knowledge-base';
import {
  type AnswerFormatters,
  fillPlaceholders,
  placeholderValue,
  relativeMilestone,
  renderAnswer,
  renderSource,
} from '../../src/faq/render-answer';
import { formatAmount, formatDate } from '../../src/i18n/format';
import { SHIPPED_CALL_PATH, editedCall } from '../call/call-fixtures';
import { typeset } from '../support/french';

const FAQ_DIR = join(__dirname, '..', '..', 'content', 'faq');
const LANGUAGES = ['en', 'fr', 'es'] as const;
const call2024 = loadCallFile(SHIPPED_CALL_PATH);
const kb = loadKnowledgeBase(FAQ_DIR, { call: call2024 });

/** The formatters the bot passes: dates in the call's zone, amounts in its currency. */
function formatters(language: CallLanguage, call: CallConfig = call2024): AnswerFormatters {
  return {
    date: (d) => formatDate(d, language, call.timeline.timeZone),
    amount: (n) => formatAmount(n, call.currency, language),
  };
}

function render(id: string, language: CallLanguage, now: string, call: CallConfig = call2024): string {
  const entry = kb.byId.get(id);
  if (!entry) throw new Error(`no entry ${id}`);
  return renderAnswer(entry, language, call, new Date(now), formatters(language, call));
}

/** Instants around the 2024 idea deadline, 2024-10-25T23:59 Europe/Zurich (CEST, UTC+2). */
const TWELVE_DAYS_BEFORE = '2024-10-13T10:00:00Z';
const LAST_MILLISECOND = '2024-10-25T21:59:59.999Z';
const FIRST_MILLISECOND_LATE = '2024-10-25T22:00:00.000Z';
const AFTER_SHORTLIST = '2024-11-20T10:00:00Z';

describe('renderAnswer with the 2024 call', () => {
  it('tells the idea deadline with the days left, in each language', () => {
    expect(render('timeline-idea-deadline', 'en', TWELVE_DAYS_BEFORE)).toBe(
      'The deadline for ideas is 25 October 2024 (in 12 days). Ideas sent through the idea form up to 23:59 (Europe/Zurich time) that day are on time.',
    );
    expect(render('timeline-idea-deadline', 'fr', TWELVE_DAYS_BEFORE)).toBe(
      typeset('La date limite pour les idées est le 25 octobre 2024 (dans 12 jours). Les idées envoyées par le formulaire jusqu’à 23:59 (fuseau Europe/Zurich) ce jour-là sont dans les délais.'),
    );
    expect(render('timeline-idea-deadline', 'es', TWELVE_DAYS_BEFORE)).toBe(
      'La fecha límite para las ideas es el 25 de octubre de 2024 (dentro de 12 días). Las ideas enviadas por el formulario hasta las 23:59 (zona horaria Europe/Zurich) de ese día llegan a tiempo.',
    );
  });

  it('gives an announcement written as a plain date on that day for every reader; a deadline, in the reader\'s zone', () => {
    const inZone = (language: CallLanguage, zone: string): AnswerFormatters => ({
      date: (d, shownIn = zone) => formatDate(d, language, shownIn),
      zone,
      amount: (n) => formatAmount(n, call2024.currency, language),
    });
    const entry = kb.byId.get('timeline-shortlist')!;
    // 11 November starts at 00:00 in Geneva, 18:00 on 10 November in New York: still "11 November".
    const newYork = renderAnswer(entry, 'en', call2024, new Date(TWELVE_DAYS_BEFORE), inZone('en', 'America/New_York'));
    expect(newYork).toContain('11 November 2024');
    expect(newYork).not.toContain('10 November');
    // The deadline, 23:59 in Geneva, is the next morning in Bangkok: its date and time are Bangkok's.
    const deadline = kb.byId.get('timeline-idea-deadline')!;
    const bangkok = renderAnswer(deadline, 'en', call2024, new Date(TWELVE_DAYS_BEFORE), inZone('en', 'Asia/Bangkok'));
    expect(bangkok).toContain('26 October 2024 (in 13 days)');
    expect(bangkok).toContain('04:59');
  });

  it('says "closed" once the deadline has passed, in each language', () => {
    expect(render('timeline-idea-deadline', 'en', AFTER_SHORTLIST)).toContain('is 25 October 2024 (closed).');
    expect(render('timeline-idea-deadline', 'fr', AFTER_SHORTLIST)).toContain(typeset('est le 25 octobre 2024 (échéance passée).'));
    expect(render('timeline-idea-deadline', 'es', AFTER_SHORTLIST)).toContain('es el 25 de octubre de 2024 (plazo vencido).');
  });

  it('counts past starts in days and future ones ahead, in the overview', () => {
    expect(render('timeline-overview', 'en', AFTER_SHORTLIST)).toBe(
      'Key dates: launch on 23 September 2024 (58 days ago); ideas due 25 October 2024 (closed); ' +
        'shortlist announced 11 November 2024 (9 days ago); clinics and workshops from 11 November 2024 to 15 December 2024; ' +
        'full proposals due 15 December 2024 (in 25 days); funded projects announced by 15 January 2025 (in 56 days). ' +
        'Times follow the Europe/Zurich time zone.',
    );
    expect(render('timeline-overview', 'fr', AFTER_SHORTLIST)).toContain(typeset('annonce de la présélection le 11 novembre 2024 (il y a 9 jours)'));
    expect(render('timeline-overview', 'es', AFTER_SHORTLIST)).toContain('anuncio de la preselección el 11 de noviembre de 2024 (hace 9 días)');
  });

  it('fills amounts, duration and lists from the call', () => {
    expect(render('funding-amount', 'en', TWELVE_DAYS_BEFORE)).toBe(
      'Each selected project can receive between US$50,000 and US$80,000 in seed funding. Plan your budget within that range; the project can last up to 12 months.',
    );
    expect(render('funding-amount', 'fr', TWELVE_DAYS_BEFORE)).toContain('entre 50\u202f000\u00a0$US et 80\u202f000\u00a0$US');
    expect(render('funding-amount', 'es', TWELVE_DAYS_BEFORE)).toContain('entre 50.000\u00a0US$ y 80.000\u00a0US$');
    expect(render('submit-who', 'en', TWELVE_DAYS_BEFORE)).toContain(
      'Eligible submitters: IOM country office, IOM regional office and department at IOM Headquarters;',
    );
    expect(render('objectives-overview', 'fr', TWELVE_DAYS_BEFORE)).toContain(
      '(1) Sauver des vies et protéger les personnes en déplacement ; (2) Apporter des solutions durables aux déplacements ; (3) Faciliter les voies de migration régulière.',
    );
    expect(render('beneficiaries-groups', 'es', TWELVE_DAYS_BEFORE)).toContain(
      'jóvenes, pueblos indígenas, mujeres, personas con discapacidad y otros grupos diversos o vulnerables',
    );
    expect(render('submission-language', 'fr', TWELVE_DAYS_BEFORE)).toContain('rédigées en anglais');
  });

  it('lists what a full proposal comprises from the call file\'s checklist, numbered, in the reader\'s language', () => {
    expect(render('proposal-contents', 'en', TWELVE_DAYS_BEFORE)).toContain(
      '(1) The full proposal document (PDF, Word or Excel); (2) A detailed budget within the funding range; (3) A results framework',
    );
    expect(render('proposal-contents', 'es', TWELVE_DAYS_BEFORE)).toContain('(3) Un marco de resultados');
  });

  it('takes an item’s title and description from the call', () => {
    const novelty = call2024.innovationCriteria.find((criterion) => criterion.id === 'novelty')!;
    for (const language of LANGUAGES) {
      const answer = render('criterion-novelty', language, TWELVE_DAYS_BEFORE);
      expect(answer).toContain(novelty.title[language]);
      expect(answer).toContain(novelty.description[language]);
    }
  });

  it('renders every entry in every language at every phase, with no placeholder left', () => {
    const instants = [
      '2024-09-01T08:00:00Z', // before launch
      TWELVE_DAYS_BEFORE,
      LAST_MILLISECOND,
      AFTER_SHORTLIST,
      '2024-12-20T08:00:00Z', // reviewing
      '2025-03-01T08:00:00Z', // closed
    ];
    for (const entry of kb.entries) {
      for (const language of LANGUAGES) {
        for (const now of instants) {
          const text = render(entry.id, language, now);
          expect({ id: entry.id, language, now, leftover: /[{}]/.test(text) }).toEqual({
            id: entry.id,
            language,
            now,
            leftover: false,
          });
        }
      }
    }
  });
});

describe('relative dates around a deadline', () => {
  const relative = (now: string, language: CallLanguage = 'en') =>
    relativeMilestone('ideaDeadline', language, call2024, new Date(now));

  it('counts calendar days in the call’s time zone', () => {
    expect(relative(TWELVE_DAYS_BEFORE)).toBe('in 12 days');
    expect(relative('2024-10-23T21:59:00Z')).toBe('in 2 days'); // 23:59 on the 23rd in Geneva
    expect(relative('2024-10-23T22:01:00Z')).toBe('tomorrow'); // 00:01 on the 24th in Geneva, still the 23rd in UTC
    expect(relative('2024-10-24T22:30:00Z')).toBe('today'); // 00:30 on the 25th in Geneva
    expect(relative(LAST_MILLISECOND)).toBe('today');
    expect(relative(FIRST_MILLISECOND_LATE)).toBe('closed');
  });

  it('has words for each language', () => {
    expect(LANGUAGES.map((language) => relative('2024-10-23T22:01:00Z', language))).toEqual(['tomorrow', 'demain', 'mañana']);
    expect(LANGUAGES.map((language) => relative('2024-10-24T22:30:00Z', language))).toEqual(['today', 'aujourd’hui', 'hoy']);
    expect(LANGUAGES.map((language) => relative(FIRST_MILLISECOND_LATE, language))).toEqual([
      'closed',
      'échéance passée',
      'plazo vencido',
    ]);
  });

  it('says today, yesterday and days ago for a start', () => {
    const shortlist = (now: string, language: CallLanguage = 'en') =>
      relativeMilestone('shortlistAnnouncement', language, call2024, new Date(now));
    expect(shortlist('2024-11-10T22:59:59.999Z')).toBe('tomorrow'); // 23:59 on the 10th in Geneva (CET)
    expect(shortlist('2024-11-10T23:00:00Z')).toBe('today'); // the announcement's first instant
    expect(shortlist('2024-11-12T09:00:00Z')).toBe('yesterday');
    expect(LANGUAGES.map((language) => shortlist(AFTER_SHORTLIST, language))).toEqual([
      '9 days ago',
      typeset('il y a 9 jours'),
      'hace 9 días',
    ]);
  });
});

describe('renderAnswer with another call', () => {
  const call2025 = editedCall([
    [['currency'], 'EUR'],
    [['funding', 'min'], 60000],
    [['funding', 'max'], 95000],
    [['maxDurationMonths'], 18],
    [['timeline', 'launch'], '2025-09-01'],
    [['timeline', 'ideaDeadline'], '2025-10-10T17:00'],
    [['timeline', 'shortlistAnnouncement'], '2025-11-03'],
    [['timeline', 'clinicsWindow', 'opens'], '2025-11-03'],
    [['timeline', 'clinicsWindow', 'closes'], '2025-12-05T23:59'],
    [['timeline', 'proposalDeadline'], '2025-12-05T23:59'],
    [['timeline', 'fundingAnnouncement'], '2026-01-20'],
    [['innovationCriteria', 0, 'description', 'en'], 'Something nobody has tried for this problem.'],
  ]);

  it('changes the amounts, the currency and the duration', () => {
    const en = render('funding-amount', 'en', '2025-09-15T08:00:00Z', call2025);
    expect(en).toBe(
      'Each selected project can receive between €60,000 and €95,000 in seed funding. Plan your budget within that range; the project can last up to 18 months.',
    );
    expect(render('funding-currency', 'fr', '2025-09-15T08:00:00Z', call2025)).toContain('en EUR');
    expect(render('duration-max', 'es', '2025-09-15T08:00:00Z', call2025)).toContain('18 meses');
    expect(render('funding-amount', 'en', '2025-09-15T08:00:00Z', call2024)).not.toBe(en);
  });

  it('changes the dates, the time and the relative words', () => {
    expect(render('timeline-idea-deadline', 'en', '2025-10-09T10:00:00Z', call2025)).toBe(
      'The deadline for ideas is 10 October 2025 (tomorrow). Ideas sent through the idea form up to 17:00 (Europe/Zurich time) that day are on time.',
    );
    expect(render('timeline-idea-deadline', 'en', '2025-10-10T15:01:00Z', call2025)).toContain('10 October 2025 (closed)');
  });

  it('changes item descriptions', () => {
    expect(render('criterion-novelty', 'en', '2025-09-15T08:00:00Z', call2025)).toContain(
      'Something nobody has tried for this problem.',
    );
  });

  it('names the submission language of the call', () => {
    const french = editedCall([[['submissionLanguage'], 'fr']]);
    expect(render('submission-language', 'en', TWELVE_DAYS_BEFORE, french)).toContain('written in French');
    expect(render('submission-language', 'es', TWELVE_DAYS_BEFORE, french)).toContain('redactadas en francés');
  });
});

describe('placeholders', () => {
  it('gives every known placeholder a value in every language', () => {
    const now = new Date(TWELVE_DAYS_BEFORE);
    for (const name of Object.keys(KNOWN_PLACEHOLDERS)) {
      for (const language of LANGUAGES) {
        const value = placeholderValue(name, language, call2024, now, formatters(language));
        expect({ name, language, filled: typeof value === 'string' && value.trim() !== '' }).toEqual({
          name,
          language,
          filled: true,
        });
      }
    }
  });

  it('refuses to render what the call cannot fill', () => {
    const now = new Date(TWELVE_DAYS_BEFORE);
    expect(() => fillPlaceholders('Up to {funding.maximum}', 'en', call2024, now, formatters('en'))).toThrow(
      'FAQ text (en) uses {funding.maximum}, which the call cannot fill',
    );
    const entry = { ...kb.byId.get('objective-saving-lives')! } as FaqEntry;
    const renamed = editedCall([[['strategicObjectives', 0, 'id'], 'save-lives']]);
    expect(() => renderAnswer(entry, 'en', renamed, now, formatters('en', renamed))).toThrow(
      'FAQ entry "objective-saving-lives" (en) uses {objectives.saving-lives.title}, which the call cannot fill',
    );
  });
});

describe('renderSource', () => {
  it('names the document and the section in the reader’s language', () => {
    const entry = kb.byId.get('funding-amount')!;
    expect(renderSource(entry, 'en')).toBe('Source: Innovation Hub call page, What we offer');
    expect(renderSource(entry, 'fr')).toBe(typeset('Source : page de l’appel du Centre d’innovation, Ce que nous proposons'));
    expect(renderSource(entry, 'es')).toBe('Fuente: página de la convocatoria del Centro de Innovación, Lo que ofrecemos');
    expect(renderSource(kb.byId.get('incked-unicef')!, 'en')).toBe('Source: Hub launch news release, INCKED @ IOM');
  });
});

describe('the FAQ domain modules', () => {
  it('take the time from the caller and know nothing of Teams', () => {
    for (const file of ['knowledge-base.ts', 'render-answer.ts']) {
      const source = readFileSync(join(__dirname, '..', '..', 'src', 'faq', file), 'utf8');
      expect({ file, newDate: /new Date\(/.test(source), nowCall: /Date\.now\(/.test(source) }).toEqual({
        file,
        newDate: false,
        nowCall: false,
      });
      expect(source).not.toMatch(/from '(botbuilder|@microsoft\/teams-ai)/);
    }
  });
});
