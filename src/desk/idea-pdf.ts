import type PDFKitDocument from 'pdfkit';
import { GRAPHEMES } from '../i18n/format';
import type { IdeaDocument } from './idea-document';

/**
 * The idea as a PDF for reviewers: the reference and title, the facts, then every section with its
 * questions and answers, page numbers at the foot. The font is DejaVu Sans (from the npm package
 * dejavu-fonts-ttf, embedded and subset): the standard PDF fonts have no Cyrillic, Greek or Arabic
 * letters, and applicants write names and places in any script.
 */

const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
const GREY = '#555555';

/** What stands for a character the font cannot draw (an emoji): a reader sees that something was there. */
const NOT_DRAWN = '\u25a1';
/** Code points that only join or modify the character before them (emoji sequences, variants, skin tones). */
const MODIFIER = /^[\u200d\ufe00-\ufe0f\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]$/u;

// The body font's glyph table, read on the first PDF (fontkit is what pdfkit draws with).
let bodyFont: { hasGlyphForCodePoint(codePoint: number): boolean } | undefined;
const loadBodyFont = () =>
  (bodyFont ??= (require('fontkit') as { openSync(path: string): { hasGlyphForCodePoint(codePoint: number): boolean } }).openSync(FONT));

/**
 * `text` with each character the font has no glyph for (an emoji and its joined sequence, one
 * character as the reader sees it) as a white square: pdfkit leaves such a character out, and a
 * title "Solar kiosks 🌍" would read as if nothing had been written there.
 */
export function drawable(text: string): string {
  const font = loadBodyFont();
  let out = '';
  // A tab has no glyph either: it is the space it stands for.
  for (const { segment } of GRAPHEMES.segment(text.replace(/\t/g, TAB))) {
    const drawn = Array.from(segment).every((character) => MODIFIER.test(character) || /\s/u.test(character) || font.hasGlyphForCodePoint(character.codePointAt(0)!));
    out += drawn ? segment : NOT_DRAWN;
  }
  return out;
}

const TAB = '    ';

/** Letters of the scripts written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms). */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;

/**
 * Whether some of `texts` cannot be drawn as typed: a character the font has no glyph for (a square
 * stands for it), or right-to-left writing, which pdfkit lays out word by word from the left.
 */
function notAsTyped(texts: readonly string[]): boolean {
  return texts.some((text) => RIGHT_TO_LEFT.test(text) || drawable(text).includes(NOT_DRAWN));
}

// Loaded on the first PDF (about 100 ms to load; most processes never make one).
let pdfDocument: typeof PDFKitDocument | undefined;
const loadPdfKit = (): typeof PDFKitDocument => (pdfDocument ??= require('pdfkit') as typeof PDFKitDocument);

export function renderIdeaPdf(document: IdeaDocument, options: { createdAt: Date }): Promise<Buffer> {
  const PDFDocument = loadPdfKit();
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 64, left: 56, right: 56 },
    bufferPages: true,
    info: { Title: `${document.reference}: ${document.title}`, Author: 'IOM Innovation Hub', CreationDate: options.createdAt },
  });
  pdf.registerFont('body', FONT);
  pdf.registerFont('bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  pdf.font('body').fontSize(9).fillColor(GREY).text(drawable(document.callTitle));
  pdf.moveDown(0.5).font('bold').fontSize(18).fillColor('black').text(document.reference);
  pdf.font('bold').fontSize(14).text(drawable(document.title));
  const written = [document.title, ...document.facts.map((fact) => fact.value), ...document.sections.flatMap((section) => section.answers.map((answer) => answer.value))];
  if (notAsTyped(written)) pdf.moveDown(0.4).font('body').fontSize(9).fillColor(GREY).text(document.notAsTyped).fillColor('black');
  pdf.moveDown(0.8);
  for (const fact of document.facts) {
    // French sets a (no-break) space before the colon.
    pdf.font('bold').fontSize(10).text(`${fact.label}${document.language === 'fr' ? '\u00a0:' : ':'} `, { continued: true }).font('body').text(drawable(fact.value) || '—');
  }
  if (document.warnings.length > 0) {
    pdf.moveDown(0.6).font('bold').fontSize(10).text('Warnings');
    for (const warning of document.warnings) pdf.font('body').fontSize(10).text(`• ${drawable(warning)}`);
  }
  // A heading or a question is never the last line of a page, its answer on the next: a page ends
  // before it unless the heading, the question and two lines of the answer fit.
  const keepWithAnswer = (lines: number) => {
    if (pdf.y + lines * pdf.font('body').fontSize(10.5).currentLineHeight(true) > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
  };
  for (const section of document.sections) {
    pdf.moveDown(1);
    keepWithAnswer(5);
    pdf.font('bold').fontSize(13).text(section.title);
    for (const answer of section.answers) {
      pdf.moveDown(0.4);
      keepWithAnswer(3);
      pdf.font('bold').fontSize(9).fillColor(GREY).text(answer.label);
      pdf.font('body').fontSize(10.5).fillColor('black');
      // Paragraphs keep the blank line between them (pdfkit drops an empty line).
      drawable(answer.value)
        .split(/\n[ \t]*\n+/)
        .forEach((paragraph, index) => {
          if (index > 0) pdf.moveDown(0.5);
          pdf.text(paragraph, { align: 'left' });
        });
    }
  }
  // Page numbers, once every page exists.
  const pages = pdf.bufferedPageRange();
  for (let index = 0; index < pages.count; index += 1) {
    pdf.switchToPage(pages.start + index);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf
      .font('body')
      .fontSize(8)
      .fillColor(GREY)
      .text(`${document.reference} · ${index + 1} / ${pages.count}`, 56, pdf.page.height - 40, { align: 'center', width: pdf.page.width - 112 });
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  return done;
}
