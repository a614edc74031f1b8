import type ExcelJSModule from 'exceljs';
import type { BookingService, Session } from '../bookings';
import { csvMoment, toCsv } from '../bookings/csv';
import type { CallConfig } from '../call';
import { messages } from '../i18n';
import { FIELD_IDS, formDefinition, Submission } from '../ideas';
import { warningForIkm } from './idea-document';
import type { SubmissionStatus } from './records';

/**
 * IKM's exports: every submission with every field, and every booking, as tables; each table as CSV
 * (UTF-8 with a byte-order mark, so Excel reads accents right) or as one sheet of an XLSX workbook
 * (a bold frozen header row, typed cells, dates as dates, widths set).
 */

export type CellValue = string | number | Date | undefined;

export interface ExportColumn<R> {
  header: string;
  /** `date`: a moment (an instant); `day`: a calendar day, given as its UTC midnight. */
  type: 'text' | 'number' | 'date' | 'day';
  /** Width in characters, in the workbook. */
  width: number;
  value: (row: R) => CellValue;
}

/** A table ready to write: a name, its columns' headers and types, and the rows of cells. */
export interface ExportTable {
  name: string;
  columns: { header: string; type: ExportColumn<unknown>['type']; width: number }[];
  rows: CellValue[][];
}

export function table<R>(name: string, columns: ExportColumn<R>[], rows: readonly R[]): ExportTable {
  return {
    name,
    columns: columns.map(({ header, type, width }) => ({ header, type, width })),
    rows: rows.map((row) => columns.map((column) => column.value(row))),
  };
}

/** A submission with what IKM decided about it (and, from the proposal stage, extra columns). */
export interface SubmissionRow {
  submission: Submission;
  status?: SubmissionStatus;
  /** When the shortlist, and the team's funding decision, were announced to the teams (absent: not yet). */
  told?: { shortlist?: Date; funding?: Date };
  /** The submitter's Teams name, when known (the typed focal point may be someone else). */
  submitterName?: string;
}

/** Every submission, one column per field of the form (in form order), then IKM's decisions; `extra` columns last. */
export function submissionsTable(
  call: CallConfig,
  rows: readonly SubmissionRow[],
  extra: ExportColumn<SubmissionRow>[] = [],
): ExportTable {
  const texts = messages('en').ideaForm;
  const definitions = new Map(formDefinition(call).sections.flatMap((section) => section.fields.map((field) => [field.id, field] as const)));
  const fieldColumns: ExportColumn<SubmissionRow>[] = FIELD_IDS.map((id) => {
    const field = definitions.get(id)!;
    const type: ExportColumn<SubmissionRow>['type'] = field.kind === 'number' ? 'number' : field.kind === 'date' ? 'day' : 'text';
    // A figure's unit in its heading: the cells hold numbers only.
    const unit = field.kind === 'number' ? ` (${field.unit === 'months' ? 'months' : field.unit.currency})` : '';
    return {
      header: `${texts.fields[id].name}${unit}`,
      type,
      width: field.kind === 'longText' ? 60 : 24,
      value: ({ submission }) => {
        const value = submission.answers[id];
        if (value === undefined) return undefined;
        if (Array.isArray(value)) {
          return 'options' in field ? value.map((option) => field.options.find((o) => o.id === option)?.label.en ?? option).join('; ') : value.join('; ');
        }
        if (field.kind === 'choice' && 'options' in field) return field.options.find((o) => o.id === value)?.label.en ?? String(value);
        if (field.kind === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
        return value;
      },
    };
  });
  const approvers = (status: SubmissionStatus | undefined) =>
    Object.keys(status?.decision?.approvals ?? {})
      .map((id) => call.fundingApprovers.find((approver) => approver.id === id)?.title.en ?? id)
      .join('; ');
  return table<SubmissionRow>(
    'Submissions',
    [
      { header: 'Reference', type: 'text', width: 16, value: ({ submission }) => submission.reference },
      { header: 'Submitted', type: 'date', width: 18, value: ({ submission }) => new Date(submission.submittedAt) },
      { header: 'Submitted by', type: 'text', width: 24, value: ({ submitterName }) => submitterName },
      { header: 'Submitted by (id)', type: 'text', width: 38, value: ({ submission }) => submission.ownerId },
      ...fieldColumns,
      { header: 'Warnings', type: 'text', width: 60, value: ({ submission }) => submission.warnings.map(warningForIkm).join(' ') || undefined },
      { header: 'Shortlisted', type: 'date', width: 18, value: ({ status }) => (status?.shortlisted ? new Date(status.shortlisted.at) : undefined) },
      { header: 'Funding decision', type: 'text', width: 16, value: ({ status }) => (status?.decision ? messages('en').desk.audit.details.outcome[status.decision.outcome] : undefined) },
      { header: 'Decided', type: 'date', width: 18, value: ({ status }) => (status?.decision ? new Date(status.decision.at) : undefined) },
      { header: 'Approved by', type: 'text', width: 40, value: ({ status }) => approvers(status) || undefined },
      { header: 'Decision note', type: 'text', width: 60, value: ({ status }) => status?.decision?.note },
      // The announcement's moment; each team's message goes at its own send hour that day.
      { header: 'Shortlist announced', type: 'date', width: 18, value: ({ told }) => told?.shortlist },
      { header: 'Funding decision announced', type: 'date', width: 18, value: ({ told }) => told?.funding },
      ...extra,
    ],
    rows,
  );
}

/** One booking: a seat or a waitlist place in a session. */
export interface BookingRow {
  session: Session;
  status: 'confirmed' | 'waitlisted';
  position?: number;
  teamId: string;
  /** The team's Teams name, when known. */
  teamName?: string;
  /** The reference of the idea the team submitted, when it did (how the list meets the submissions). */
  idea?: string;
  bookedAt: Date;
  offeredAt?: Date;
}

/** Every seat and waitlist place of every session of the catalogue, each team named when its name is known. */
export async function bookingRows(
  sessions: readonly Session[],
  bookings: Pick<BookingService, 'attendees'>,
  nameOf: (personId: string) => Promise<string | undefined> = async () => undefined,
  ideaOf: (teamId: string) => string | undefined = () => undefined,
): Promise<BookingRow[]> {
  const rows: BookingRow[] = [];
  for (const session of sessions) {
    const attendees = await bookings.attendees(session.id);
    if (!attendees.ok) continue;
    for (const attendee of [...attendees.confirmed, ...attendees.waitlisted]) {
      const teamName = await nameOf(attendee.teamId);
      const idea = ideaOf(attendee.teamId);
      rows.push({
        session,
        status: attendee.status,
        ...(attendee.position !== undefined ? { position: attendee.position } : {}),
        teamId: attendee.teamId,
        ...(teamName !== undefined ? { teamName } : {}),
        ...(idea !== undefined ? { idea } : {}),
        bookedAt: attendee.bookedAt,
        ...(attendee.offeredAt ? { offeredAt: attendee.offeredAt } : {}),
      });
    }
  }
  return rows;
}

export function bookingsTable(rows: readonly BookingRow[]): ExportTable {
  return table<BookingRow>(
    'Bookings',
    [
      { header: 'Session', type: 'text', width: 24, value: (row) => row.session.id },
      { header: 'Title', type: 'text', width: 40, value: (row) => row.session.title.en },
      { header: 'Kind', type: 'text', width: 10, value: (row) => row.session.kind },
      { header: 'Topic', type: 'text', width: 22, value: (row) => row.session.topic },
      { header: 'Starts', type: 'date', width: 18, value: (row) => new Date(row.session.start) },
      { header: 'Status', type: 'text', width: 12, value: (row) => row.status },
      { header: 'Waitlist position', type: 'number', width: 10, value: (row) => row.position },
      { header: 'Team', type: 'text', width: 28, value: (row) => row.teamName },
      { header: 'Team (id)', type: 'text', width: 38, value: (row) => row.teamId },
      { header: 'Idea', type: 'text', width: 16, value: (row) => row.idea },
      { header: 'Booked', type: 'date', width: 18, value: (row) => row.bookedAt },
      { header: 'Seat offered from the waitlist', type: 'date', width: 18, value: (row) => row.offeredAt },
    ],
    rows,
  );
}

const BOM = '\uFEFF';

/** A column's heading in a file: a moment's says its zone (files give moments in UTC). */
const headingOf = (column: Pick<ExportColumn<unknown>, 'header' | 'type'>): string => (column.type === 'date' ? `${column.header} (UTC)` : column.header);

/**
 * The table as CSV: UTF-8 with a BOM; moments as `csvMoment` writes them, calendar days as the day
 * alone ("2027-04-01": as an instant at UTC midnight, a spreadsheet west of Greenwich showed the day before).
 */
export function tableCsv(exported: ExportTable): Buffer {
  const rows = [exported.columns.map(headingOf), ...exported.rows.map((row) => row.map((cell, index) => csvCell(cell, exported.columns[index].type)))];
  return Buffer.from(BOM + toCsv(rows), 'utf8');
}

function csvCell(value: CellValue, type: ExportColumn<unknown>['type']): string | number | undefined {
  if (!(value instanceof Date)) return value;
  return type === 'day' ? value.toISOString().slice(0, 10) : csvMoment(value);
}

// Loaded on the first export: exceljs takes about 170 ms and several MB to load, and most
// processes never export (a faster cold start and a smaller resident set).
let excelJs: typeof ExcelJSModule | undefined;
const loadExcelJs = (): typeof ExcelJSModule => (excelJs ??= require('exceljs') as typeof ExcelJSModule);

/** The tables as one XLSX workbook, a sheet each. */
export async function tablesXlsx(tables: readonly ExportTable[], options: { createdAt: Date }): Promise<Buffer> {
  const workbook = new (loadExcelJs().Workbook)();
  workbook.creator = 'IOM Innovation Hub assistant';
  workbook.created = options.createdAt;
  workbook.modified = options.createdAt;
  for (const exported of tables) {
    const sheet = workbook.addWorksheet(exported.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = exported.columns.map((column, index) => ({
      header: headingOf(column),
      key: `c${index}`,
      width: column.width,
      ...(column.type === 'date' ? { style: { numFmt: 'yyyy-mm-dd hh:mm' } } : column.type === 'day' ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of exported.rows) {
      // Text cells that look like formulas stay text: a leading "=" is data, not a formula here.
      const added = sheet.addRow(row.map((cell) => (cell === undefined ? null : cell)));
      // An answer of several lines shows them (Excel runs them into one line unless its cell wraps).
      row.forEach((cell, index) => {
        if (typeof cell === 'string' && cell.includes('\n')) added.getCell(index + 1).alignment = { wrapText: true, vertical: 'top' };
      });
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
