/**
 * What kind of document a handed-in file really is: PDF, Word (DOCX) or Excel (XLSX), by its first
 * bytes and, for the two Office formats (zip files), by the part names inside. The name's extension
 * must agree: a renamed file is refused rather than stored under a misleading name.
 */

export const PROPOSAL_FILE_TYPES = ['pdf', 'docx', 'xlsx'] as const;
export type ProposalFileType = (typeof PROPOSAL_FILE_TYPES)[number];

export const CONTENT_TYPES: Record<ProposalFileType, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const PDF = Buffer.from('%PDF-');

/** The type the bytes show, or undefined for anything else. */
export function detectFileType(bytes: Buffer): ProposalFileType | undefined {
  if (bytes.subarray(0, PDF.length).equals(PDF)) return 'pdf';
  if (!bytes.subarray(0, ZIP.length).equals(ZIP)) return undefined;
  // Office files are zips whose entries name their kind; the names sit in plain text in the zip.
  if (bytes.includes('word/document.xml')) return 'docx';
  if (bytes.includes('xl/workbook.xml')) return 'xlsx';
  return undefined;
}

/** The extension of a file name, lower case ("Proposal.PDF" -> "pdf"). */
export function extensionOf(name: string): string {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(name.trim());
  return match ? match[1].toLowerCase() : '';
}

/** A file name safe to show and to store beside: no path, no control characters, bounded. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '').trim().slice(-120);
  return cleaned || 'proposal';
}
