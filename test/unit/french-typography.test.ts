import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { loadCallFile } from '../../src/call/load-call';
import { multilingualTextSchema } from '../../src/call/call-schema';
import { loadKnowledgeBase } from '../../src/faq/knowledge-base';
import { frenchTypography } from '../../src/i18n/typography';
import { allText, button } from '../support/teams-user';
import { useTestBot } from '../support/test-bot';

const NBSP = '\u00a0';
const NARROW = '\u202f';

describe('frenchTypography', () => {
  it.each([
    ['Dates clés : lancement ; idées ?', `Dates clés${NBSP}: lancement${NARROW}; idées${NARROW}?`],
    ['Attention! Quoi?!', `Attention${NARROW}! Quoi${NARROW}?!`],
    ['« titre »', `«${NBSP}titre${NBSP}»`],
    ["le calendrier de l'appel", 'le calendrier de l’appel'],
    ['4 000 caractères, 1 000 000 $', `4${NARROW}000${NBSP}caractères, 1${NARROW}000${NARROW}000 $`],
    ['dans 25 jours, 2 points', `dans 25${NBSP}jours, 2${NBSP}points`],
  ])('sets %p as French is set', (written, typeset) => {
    expect(frenchTypography(written)).toBe(typeset);
    // Twice is once.
    expect(frenchTypography(typeset)).toBe(typeset);
  });

  it.each(['à 23:59', 'https://www.iom.int/fr?a=b', 'ikm@iom.int', '(?)', '2024 100'])('leaves %p alone', (text) => {
    expect(frenchTypography(text)).toBe(text);
  });
});

/** Every string part (literal or template piece) of a TypeScript file, with its line. */
function stringParts(file: string): { line: number; text: string }[] {
  const source = readFileSync(file, 'utf8');
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const parts: { line: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) {
      // A piece after a `${…}` is checked as if a word came before it (`${p.title} ?`).
      const afterValue = ts.isTemplateMiddle(node) || ts.isTemplateTail(node);
      parts.push({ line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: afterValue ? `x${node.text}` : node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return parts;
}

describe('the French texts', () => {
  it('of the catalogue are written with French punctuation (no-break spaces, typographic apostrophes)', () => {
    const directory = join(__dirname, '..', '..', 'src', 'i18n', 'fr');
    const unset = readdirSync(directory)
      .filter((name) => name.endsWith('.ts'))
      .flatMap((name) =>
        stringParts(join(directory, name))
          .filter((part) => frenchTypography(part.text) !== part.text)
          .map((part) => `${name}:${part.line} ${JSON.stringify(part.text)} should be ${JSON.stringify(frenchTypography(part.text))}`),
      );
    expect(unset).toEqual([]);
  });

  it('of the content files are set so as they are read, whatever was typed; English and Spanish stay as written', () => {
    const text = multilingualTextSchema.parse({ en: 'Key dates: launch?', fr: "Dates clés : l'appel ?", es: '¿Fechas clave: lanzamiento?' });
    expect(text).toEqual({ en: 'Key dates: launch?', fr: `Dates clés${NBSP}: l’appel${NARROW}?`, es: '¿Fechas clave: lanzamiento?' });
    // The English given in place of the French (a session written in English only) stays English.
    const untranslated = "Scaling up: the team's mentor (1 000 users?)";
    expect(multilingualTextSchema.parse({ en: untranslated, fr: untranslated, es: untranslated }).fr).toBe(untranslated);

    const call = loadCallFile(join(__dirname, '..', '..', 'content', 'call-2024.yaml'));
    const faq = loadKnowledgeBase(join(__dirname, '..', '..', 'content', 'faq'), { call });
    const overview = faq.byId.get('timeline-overview')!;
    expect(overview.answer.fr).toMatch(new RegExp(`^Dates clés${NBSP}: lancement le \\{launch\\}${NARROW};`));
    expect(overview.questions.fr).toContain(`Quel est le calendrier de l’appel${NARROW}?`);
    expect(overview.answer.en).toMatch(/^Key dates: launch on \{launch\};/);
  });
});

describe('French punctuation in the chat (over HTTP)', () => {
  const testBot = useTestBot();

  it('is set in what the assistant writes, and never in what the person typed', async () => {
    const user = testBot().user({ locale: 'fr-FR' });
    expect(allText(await user.say('bonjour'))).toContain(`Que souhaitez-vous faire${NARROW}?`);
    expect(allText(await user.say('quelles sont les dates clés ?'))).toContain(`Dates clés${NBSP}: lancement le`);

    const typed = "Peut-on acheter un véhicule : « oui » ou non? C'est urgent!";
    const answer = await user.say(typed);
    const confirm = await user.press(button(answer, 'faq.askIkm'));
    expect(allText(confirm)).toContain(typed);
  });
});
