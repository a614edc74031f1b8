import fc from 'fast-check';
import type { CallConfig } from '../src/call/call-schema';
import { fieldDefinition, fieldsOfSection, SECTION_IDS } from '../src/ideas';
import { MAX_VALUE_DEPTH } from '../src/input-hygiene';
import { REMINDER_KINDS } from '../src/reminders/preferences';

/**
 * Generated requests for the HTTP endpoint, in one place for the tests and `npm run bench`:
 * - `plausibleActivities`: a plausible activity with a few fields deleted or replaced by junk
 *   (many pass validation and reach the bot, which must cope);
 * - `invalidEnvelopes`: bodies that can never be an activity (answered 400; must store nothing);
 * - `invalidCardValues`: well-formed card submits whose values are wrong for their verb (the bot
 *   refuses them; they must change no domain record).
 */

/** Values of the wrong type, huge or hostile. */
export const anything = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 40 }),
  fc.constant('x'.repeat(5000)),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.anything({ maxDepth: 2 }), { maxKeys: 4 }),
  fc.constant({ __proto__: { polluted: true } }),
  fc.constant({ constructor: { prototype: { polluted: true } } }),
);

/** Text with what copy-paste brings: NUL, controls, zero-width and bidi characters, lone surrogates. */
export const dirtyText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('menu\u200b', 'help\u0000', '\ufeffhi', 'cancel\u202e', 'budget\ud800?', 'What is the deadline?\u0007'),
  // A long paste full of invisible characters.
  fc.constant('word\u200b\u0000 '.repeat(15_000)),
);

/** Where replies go: mostly the test's connector; sometimes an address that refuses connections. */
export interface ServiceUrls {
  /** The fake connector that records replies. */
  working: string;
  /** An address nothing listens on (replies cannot be delivered). */
  refusing?: string;
}

/**
 * Activities a real client could almost send: a plausible activity with none to three fields
 * deleted or replaced by junk.
 */
export function plausibleActivities(urls: ServiceUrls | string): fc.Arbitrary<Record<string, unknown>> {
  const { working, refusing } = typeof urls === 'string' ? { working: urls, refusing: undefined } : urls;
  const serviceUrl = refusing ? fc.oneof({ weight: 19, arbitrary: fc.constant(working) }, { weight: 1, arbitrary: fc.constant(refusing) }) : fc.constant(working);
  const plausible = fc.record({
    type: fc.constantFrom('message', 'message', 'conversationUpdate', 'installationUpdate', 'invoke', 'event', 'typing'),
    id: fc.uuid(),
    channelId: fc.constantFrom('msteams', 'email', 'webchat', 'sms'),
    serviceUrl,
    conversation: fc.record({ id: fc.string({ minLength: 1, maxLength: 20 }), tenantId: fc.uuid() }),
    from: fc.record({ id: fc.string({ minLength: 1, maxLength: 20 }) }),
    recipient: fc.record({ id: fc.constant('28:bot') }),
    text: fc.oneof(fc.constantFrom('hi', 'help', 'cancel', 'language', '2', 'Français', ''), dirtyText),
    value: fc.option(fc.record({ verb: fc.constantFrom('menu', 'language', 'x'), item: fc.string(), language: fc.string() })),
    locale: fc.constantFrom('fr-FR', 'es', 'en-US', 'zz'),
    entities: fc.array(
      fc.oneof(
        fc.record({ type: fc.constantFrom('mention', 'clientInfo') }),
        fc.record({ type: fc.constant('mention'), mentioned: fc.record({ id: fc.constantFrom('28:bot', 'u1') }), text: fc.constantFrom('<at>Hub</at>', '') }),
      ),
      { maxLength: 2 },
    ),
    membersAdded: fc.array(fc.record({ id: fc.constantFrom('28:bot', 'u1') }), { maxLength: 2 }),
    action: fc.constantFrom('add', 'remove'),
    name: fc.constantFrom('adaptiveCard/action', 'task/fetch', 'x'),
  });
  const keys = ['type', 'id', 'channelId', 'serviceUrl', 'conversation', 'from', 'recipient', 'text', 'value',
    'locale', 'entities', 'membersAdded', 'action', 'name', 'channelData', 'attachments'] as const;
  const corruption = fc.dictionary(fc.constantFrom(...keys), fc.option(anything, { nil: undefined }), { minKeys: 0, maxKeys: 3 });
  return fc.tuple(plausible, corruption).map(([activity, corrupt]) => {
    const result: Record<string, unknown> = { ...activity };
    for (const [key, value] of Object.entries(corrupt)) {
      if (value === undefined) delete result[key];
      else result[key] = value;
    }
    return result;
  });
}

/** A valid message envelope from one of a few people, for the corruptions below. */
function envelope(serviceUrl: string) {
  return fc.record({
    type: fc.constant('message'),
    id: fc.uuid(),
    channelId: fc.constant('msteams'),
    serviceUrl: fc.constant(serviceUrl),
    conversation: fc.record({ id: fc.uuid().map((id) => `a:${id}`), conversationType: fc.constant('personal') }),
    from: fc.record({ id: fc.uuid().map((id) => `29:${id}`), aadObjectId: fc.uuid() }),
    recipient: fc.constant({ id: '28:bot' }),
    text: dirtyText,
  });
}

/** A value nested deeper than the schema allows, as JSON text (the text is all that is sent). */
const tooDeep = fc.integer({ min: MAX_VALUE_DEPTH + 1, max: 3000 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);

/** A request body that is never an activity: the schema refuses it, so the bot must store nothing. */
export function invalidEnvelopes(serviceUrl: string): fc.Arbitrary<string> {
  const required = ['type', 'channelId', 'serviceUrl', 'conversation', 'from', 'recipient'] as const;
  const wrongType = fc.constantFrom<unknown>(null, 42, true, [], '');
  const corrupted = fc.tuple(envelope(serviceUrl), fc.nat({ max: 9 }), wrongType, fc.constantFrom(...required), tooDeep);
  return fc.oneof(
    corrupted.map(([activity, how, junk, field, deep]) => {
      const body: Record<string, unknown> = { ...activity };
      switch (how) {
        case 0:
          delete body[field];
          break;
        case 1:
          body[field] = junk === '' && field === 'type' ? 42 : junk;
          break;
        case 2:
          body.conversation = { id: `a:conv\u0000${body.id as string}` };
          break;
        case 3:
          body.from = { id: `29:user\ud800${body.id as string}` };
          break;
        case 4:
          body.serviceUrl = 'javascript:alert(1)';
          break;
        case 5:
          body.text = { not: 'text' };
          break;
        case 6:
          body.entities = [{ type: 'mention', text: '<at>x</at>' }];
          break;
        case 7:
          return JSON.stringify({ ...body, value: '<deep>' }).replace('"<deep>"', deep);
        case 8:
          body.conversation = { id: junk === null ? '.' : '..' };
          break;
        default:
          body.text = 'x'.repeat(100_001);
      }
      return JSON.stringify(body);
    }),
    fc.constantFrom('', 'null', '[]', '"text"', '42', '{', '{"type":', '{"type":"message"}', '\u0000\u0001'),
  );
}

/** A value no field of the idea form accepts, by the field's kind (for every field: nothing stored). */
function refusedAnswer(call: CallConfig, field: string): fc.Arbitrary<unknown> {
  const definition = fieldDefinition(call, field as Parameters<typeof fieldDefinition>[1]);
  const wrongShape = fc.constantFrom<unknown>({}, [[1]], { verb: 'menu' });
  switch (definition.kind) {
    case 'text':
      return fc.oneof(wrongShape, fc.constant('x'.repeat(definition.maxChars + 1)));
    case 'longText':
      return fc.oneof(wrongShape, fc.constant(Array.from({ length: definition.maxWords + 1 }, () => 'word').join(' ')));
    case 'email':
      return fc.oneof(wrongShape, fc.constantFrom('not-an-address', 'a@', '@b'));
    case 'choice':
    case 'multiChoice':
      return fc.oneof(wrongShape, fc.constantFrom('no-such-option', 'x,y'));
    case 'number':
      return fc.oneof(wrongShape, fc.constantFrom('lots', 'NaN', '-1e99', '1e400'));
    case 'date':
      return fc.oneof(wrongShape, fc.constantFrom('someday', '2024-02-30', '31/12/2025'));
  }
}

/** An id nothing in the catalogues has. */
const unknownId = fc.oneof(fc.uuid(), fc.constantFrom('no-such-session', '../../etc/passwd', 'workshop-big\u0000', ''), anything);

/**
 * Card submits with a real verb and values its handler must refuse: idea sections whose every sent
 * field is wrong, bookings of sessions that do not exist, unknown time zones, feedback on unknown
 * answers, admin actions from someone who is not an administrator, unknown verbs.
 */
export function invalidCardValues(call: CallConfig): fc.Arbitrary<Record<string, unknown>> {
  const section = fc.constantFrom(...SECTION_IDS).chain((id) =>
    fc
      .subarray(fieldsOfSection(id), { minLength: 1 })
      .chain((fields) => fc.tuple(...fields.map((field) => refusedAnswer(call, field).map((value) => [field, value] as const))))
      .chain((entries) =>
        fc.record({ revision: fc.oneof(fc.nat({ max: 5 }), anything) }).map((card) => ({
          verb: 'idea.section',
          section: id,
          ...card,
          ...Object.fromEntries(entries),
        })),
      ),
  );
  const sessionVerb = fc
    .tuple(fc.constantFrom('session.book', 'session.cancel', 'session.decline', 'session.move', 'session.reschedule'), unknownId, unknownId)
    .map(([verb, sessionId, to]) => ({ verb, sessionId, from: sessionId, to, toSessionId: to }));
  const others = fc.oneof(
    fc.record({ verb: fc.constant('session.zone'), zone: fc.constantFrom('Mars/Olympus', '', '../UTC', 'UTC\u0000') }),
    fc.record({ verb: fc.constant('session.save'), session: anything, sessionId: unknownId }),
    fc.record({ verb: fc.constant('idea.submit'), revision: fc.oneof(fc.integer({ min: 50, max: 1e6 }), anything) }),
    fc.record({ verb: fc.constant('faq.feedback'), entryId: unknownId, helpful: anything }),
    fc.record({ verb: fc.constantFrom('ticket.answer', 'ticket.addToFaq'), ticketId: unknownId, answer: dirtyText }),
    // A switch that is neither "true" nor "false" (a save naming no switch at all is a valid no-op).
    fc
      .tuple(fc.constantFrom(...REMINDER_KINDS), fc.constantFrom<unknown>('maybe', true, 1, '', null, ['true']))
      .map(([kind, value]) => ({ verb: 'reminders.save', [kind]: value })),
    fc.record({ verb: fc.constant('reminders.stop'), kind: fc.constantFrom('all', '', 'idea_deadline') }),
    fc.record({ verb: fc.constant('eligibility.answers'), budgetUsd: fc.constantFrom('lots', ''), durationMonths: fc.constantFrom('forever', '-3'), submitterKind: fc.constant('nobody') }),
    fc.record({ verb: fc.constant('language'), language: fc.constantFrom('xx', '', 'fr\u0000x') }),
    fc.record({ verb: fc.constantFrom('drop-tables', '', 'IDEA.SECTION', 'menu.admin'), payload: anything }),
  );
  return fc.oneof(section, sessionVerb, others);
}

/** `count` values of `arbitrary`, the same for the same seed. */
export function sample<T>(arbitrary: fc.Arbitrary<T>, count: number, seed: number): T[] {
  return fc.sample(arbitrary, { numRuns: count, seed });
}
