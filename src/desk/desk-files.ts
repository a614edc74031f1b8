import type { BookingService, SessionCatalogue } from '../bookings';
import type { CallConfig } from '../call';
import type { Clock } from '../clock';
import type { FileMaker, SignedLinks } from '../downloads';
import type { IdeaService } from '../ideas';
import type { FaqSuggestion } from '../tickets';
import { isLanguage, type Language } from '../i18n';
import { canonicalTimeZone } from '../time-zone';
import type { AuditEntry, AuditLog } from './audit-log';
import { bookingRows, bookingsTable, ExportColumn, submissionsTable, SubmissionRow, tableCsv, tablesXlsx } from './exports';
import { ideaDocument } from './idea-document';
import { renderIdeaPdf } from './idea-pdf';
import type { IdeaReview } from './review';

/** How long a download link of the desk works. */
export const DESK_LINK_TTL_MS = 60 * 60 * 1000;

/** Signed, short-lived links to the desk's files. */
export interface DeskLinks {
  ideaPdf(reference: string): string;
  /** A handed-in proposal document: `IH-2024-0007-P2.pdf` (the idea's reference, the version). */
  proposal(proposalReference: string, extension: string): string;
  csv(table: 'submissions' | 'bookings' | 'faq-suggestions'): string;
  /** Submissions and bookings, a sheet each. */
  xlsx(): string;
  auditCsv(): string;
}

export function deskLinks(links: SignedLinks, baseUrl: () => string): DeskLinks {
  const url = (kind: string, name: string) => `${baseUrl()}${links.filePath(kind, name, DESK_LINK_TTL_MS)}`;
  return {
    ideaPdf: (reference) => url('idea', `${reference}.pdf`),
    proposal: (proposalReference, extension) => url('proposal', `${proposalReference}.${extension}`),
    csv: (table) => url('export', `${table}.csv`),
    xlsx: () => url('export', 'innovation-hub.xlsx'),
    auditCsv: () => url('audit', 'audit-log.csv'),
  };
}

export interface DeskFileSources {
  call: CallConfig;
  clock: Clock;
  ideas: Pick<IdeaService, 'listSubmissions' | 'getSubmission'>;
  review: Pick<IdeaReview, 'statuses' | 'announcement'>;
  catalogue: Pick<SessionCatalogue, 'list'>;
  bookings: Pick<BookingService, 'attendees'>;
  audit: Pick<AuditLog, 'all'>;
  /** Answers IKM suggested for the FAQ ("Add to FAQ" on an answered question). */
  faqSuggestions: () => Promise<readonly FaqSuggestion[]>;
  /** A person's Teams name, when known (the audit log's "who" and a booking's team are ids). */
  nameOf?: (personId: string) => Promise<string | undefined>;
  /** Columns the proposal stage adds to the submissions export. */
  extraSubmissionColumns?: () => Promise<ExportColumn<SubmissionRow>[]>;
}

/**
 * An idea's PDF: `IH-2024-0001.pdf` as IKM reads it, or the team's own copy in its language and zone,
 * `IH-2024-0001.es.America~Bogota.pdf` (the zone's "/" written "~"; see `ideaCopyName`).
 */
const REFERENCE_PDF = /^(IH-[A-Za-z0-9]+-\d{4,})(?:\.(en|fr|es)\.([A-Za-z0-9_+~-]{1,64}))?\.pdf$/;

/** The file name of a team's own copy of its idea, in its language and zone (see `REFERENCE_PDF`). */
export function ideaCopyName(reference: string, reader: { language: Language; zone: string }): string {
  return `${reference}.${reader.language}.${reader.zone.replace(/\//g, '~')}.pdf`;
}

/** `nameOf` for one file: each person is looked up once however many rows name them. */
function namesOnce(nameOf?: (personId: string) => Promise<string | undefined>): (personId: string) => Promise<string | undefined> {
  const names = new Map<string, Promise<string | undefined>>();
  return (id) => {
    if (!names.has(id)) names.set(id, nameOf ? nameOf(id) : Promise.resolve(undefined));
    return names.get(id)!;
  };
}

/** The audit log's rows, with who did each named. */
async function withNames(entries: readonly AuditEntry[], nameOf?: (personId: string) => Promise<string | undefined>) {
  const named = namesOnce(nameOf);
  return Promise.all(entries.map(async (entry) => [new Date(entry.at), entry.by, await named(entry.by), entry.action, entry.target, entry.detail]));
}

/** The files behind the desk's links: made when fetched, from what is stored then. */
export function deskFiles(sources: DeskFileSources): Record<string, FileMaker> {
  const { call, clock, ideas, review } = sources;
  const submissions = async () => {
    const [all, statuses, extra, shortlist, funding] = await Promise.all([
      ideas.listSubmissions(),
      review.statuses(),
      sources.extraSubmissionColumns?.() ?? [],
      review.announcement('shortlist'),
      review.announcement('funding'),
    ]);
    // An announcement tells every team of its outcome on its day: every submitter the shortlist, every
    // shortlisted team with a decision its funding (one scheduled for a later day has told no one yet).
    const toldAt = (announcement: typeof shortlist) =>
      announcement && Date.parse(announcement.tellAt) <= clock.now().getTime() ? new Date(announcement.tellAt) : undefined;
    const [shortlistTold, fundingTold] = [toldAt(shortlist), toldAt(funding)];
    const named = namesOnce(sources.nameOf);
    return submissionsTable(
      call,
      await Promise.all(
        all.map(async (submission) => {
          const status = statuses.get(submission.reference);
          const told = { shortlist: shortlistTold, funding: status?.shortlisted && status.decision ? fundingTold : undefined };
          const submitterName = await named(submission.ownerId);
          return { submission, status, told, ...(submitterName !== undefined ? { submitterName } : {}) };
        }),
      ),
      extra,
    );
  };
  const bookings = async () => {
    // A team is the person who submitted its idea.
    const ideaOf = new Map((await ideas.listSubmissions()).map((submission) => [submission.ownerId, submission.reference]));
    return bookingsTable(await bookingRows(await sources.catalogue.list({}), sources.bookings, namesOnce(sources.nameOf), (teamId) => ideaOf.get(teamId)));
  };
  return {
    idea: async (name) => {
      const [, reference, language, zoneName] = REFERENCE_PDF.exec(name) ?? [];
      const submission = reference ? await ideas.getSubmission(reference) : undefined;
      if (!submission) return undefined;
      const zone = zoneName ? canonicalTimeZone(zoneName.replace(/~/g, '/')) : undefined;
      const reader = isLanguage(language) ? { language, zone: zone ?? call.timeline.timeZone } : undefined;
      const body = await renderIdeaPdf(ideaDocument(call, submission, reader), { createdAt: clock.now() });
      return { contentType: 'application/pdf', filename: `${submission.reference}.pdf`, body };
    },
    export: async (name) => {
      const csv = (body: Buffer) => ({ contentType: 'text/csv; charset=utf-8', filename: name, body });
      if (name === 'submissions.csv') return csv(tableCsv(await submissions()));
      if (name === 'bookings.csv') return csv(tableCsv(await bookings()));
      if (name === 'faq-suggestions.csv') {
        const suggestions = await sources.faqSuggestions();
        const named = namesOnce(sources.nameOf);
        return csv(
          tableCsv({
            name: 'FAQ suggestions',
            columns: ['Question', 'Answer', 'Language', 'Ticket', 'Suggested by', 'Suggested by (id)', 'When'].map((header) => ({
              header,
              type: header === 'When' ? ('date' as const) : ('text' as const),
              width: 40,
            })),
            rows: await Promise.all(
              suggestions.map(async (s) => [s.question, s.answer, s.language, s.ticketId, await named(s.suggestedBy), s.suggestedBy, new Date(s.at)]),
            ),
          }),
        );
      }
      if (name === 'innovation-hub.xlsx') {
        const body = await tablesXlsx([await submissions(), await bookings()], { createdAt: clock.now() });
        return { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename: name, body };
      }
      return undefined;
    },
    audit: async (name) => {
      if (name !== 'audit-log.csv') return undefined;
      const entries = await sources.audit.all();
      const body = tableCsv({
        name: 'Audit',
        columns: ['When', 'Who', 'Who (Teams name)', 'Action', 'On', 'Detail'].map((header) => ({
          header,
          type: header === 'When' ? ('date' as const) : ('text' as const),
          width: 20,
        })),
        rows: await withNames(entries, sources.nameOf),
      });
      return { contentType: 'text/csv; charset=utf-8', filename: name, body };
    },
  };
}
