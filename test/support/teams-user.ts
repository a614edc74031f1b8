import { randomUUID } from 'node:crypto';
import type { FakeConnector, SentActivity } from './fake-connector';

export interface TeamsUserOptions {
  /** The bot's base URL, or a function giving it (it changes when a test restarts the server). */
  botUrl: string | (() => string);
  serviceUrl: string;
  connector: FakeConnector;
  locale?: string;
  /** The IANA zone the Teams client reports (`localTimezone`), on every activity when set. */
  localTimezone?: string;
  channelId?: string;
  userId?: string;
  /** The person's Entra object id (default: a new one); the same person on two channels shares it. */
  aadObjectId?: string;
  conversationId?: string;
  /** Where the person writes (default: their personal chat); people in one group chat share `conversationId`. */
  conversationType?: 'personal' | 'groupChat' | 'channel';
  tenantId?: string;
  /** The display name Teams reports (default "Test User"). */
  name?: string;
}

export type Reply = SentActivity['activity'];

/**
 * One person chatting with the bot in a personal Teams chat (or a group chat or channel), speaking the Bot Framework protocol
 * over HTTP to the real server. Each call returns the bot's replies to that activity.
 */
export class TeamsUser {
  readonly userId: string;
  readonly conversationId: string;
  /** The person's Entra object id: drafts and checks belong to it. */
  readonly aadObjectId: string;
  locale: string;
  private readonly channelId: string;
  private readonly tenantId: string;

  constructor(private readonly options: TeamsUserOptions) {
    this.userId = options.userId ?? `29:user-${randomUUID()}`;
    this.aadObjectId = options.aadObjectId ?? randomUUID();
    this.conversationId = options.conversationId ?? `a:conv-${randomUUID()}`;
    this.locale = options.locale ?? 'en-US';
    this.channelId = options.channelId ?? 'msteams';
    this.tenantId = options.tenantId ?? '11111111-2222-3333-4444-555555555555';
  }

  /** The activity envelope Teams would send, with the given fields on top. */
  activity(fields: Record<string, unknown>): Record<string, unknown> {
    return {
      id: `act-${randomUUID()}`,
      channelId: this.channelId,
      serviceUrl: this.options.serviceUrl,
      timestamp: new Date().toISOString(),
      locale: this.locale,
      ...(this.options.localTimezone ? { localTimezone: this.options.localTimezone } : {}),
      from: { id: this.userId, name: this.options.name ?? 'Test User', aadObjectId: this.aadObjectId },
      recipient: { id: '28:bot', name: 'Innovation Hub' },
      conversation: { id: this.conversationId, conversationType: this.options.conversationType ?? 'personal', tenantId: this.tenantId },
      channelData: { tenant: { id: this.tenantId } },
      ...fields,
    };
  }

  /** Posts an activity; resolves with the HTTP status and the bot's replies to it. */
  async send(fields: Record<string, unknown>): Promise<{ status: number; replies: Reply[] }> {
    const activity = this.activity(fields);
    const botUrl = typeof this.options.botUrl === 'function' ? this.options.botUrl() : this.options.botUrl;
    const response = await fetch(`${botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    await response.arrayBuffer();
    return { status: response.status, replies: this.options.connector.repliesTo(activity.id as string) };
  }

  /** Types a message; returns the replies. */
  async say(text: string): Promise<Reply[]> {
    const { status, replies } = await this.send({ type: 'message', text });
    if (status !== 200) throw new Error(`bot answered HTTP ${status} to a message`);
    return replies;
  }

  /** Presses an Action.Submit button carrying `value`. */
  async press(value: Record<string, unknown>): Promise<Reply[]> {
    const { status, replies } = await this.send({ type: 'message', value });
    if (status !== 200) throw new Error(`bot answered HTTP ${status} to a card submit`);
    return replies;
  }

  /** Installs the app in this personal chat. */
  async install(): Promise<Reply[]> {
    const { replies } = await this.send({
      type: 'conversationUpdate',
      membersAdded: [{ id: '28:bot' }, { id: this.userId }],
    });
    return replies;
  }
}

/** The Adaptive Card in a reply, if any. */
export function cardOf(reply: Reply | undefined): Record<string, unknown> | undefined {
  return reply?.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
}

/**
 * Card text (or message text) as Teams shows it after reading its Markdown: backslash escapes shown
 * as the character, a link as its label, bold, strike-through and code markers gone. Enough to tell a
 * literal `[label](url)` from a live link in an assertion.
 */
export function renderedMarkdown(text: string): string {
  let shown = '';
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    const rest = text.slice(i);
    if (char === '\\' && /^\\[!-/:-@[-`{-~]/.test(rest)) {
      shown += text[i + 1];
      i += 1;
      continue;
    }
    const link = /^\[([^\]]*)\]\(([^)\s]*)\)/.exec(rest);
    if (link) {
      shown += link[1];
      i += link[0].length - 1;
      continue;
    }
    if (/^(\*\*|__|~~)/.test(rest)) {
      i += 1;
      continue;
    }
    if (char === '`') continue;
    shown += char;
  }
  return shown;
}

/** Every piece of text a user would read in a reply: message text and card TextBlocks/buttons. */
export function visibleText(reply: Reply | undefined): string {
  if (!reply) return '';
  const parts: string[] = [];
  if (typeof reply.text === 'string') parts.push(reply.textFormat === 'plain' ? reply.text : renderedMarkdown(reply.text));
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      // A FactSet's facts are read as "title: value" (a choice's value, by contrast, is not shown).
      if (record.type === 'FactSet' && Array.isArray(record.facts)) {
        for (const fact of record.facts as { title?: unknown; value?: unknown }[]) {
          parts.push(`${renderedMarkdown(String(fact.title ?? ''))}: ${renderedMarkdown(String(fact.value ?? ''))}`);
        }
        return;
      }
      if (typeof record.text === 'string') parts.push(record.type === 'TextBlock' ? renderedMarkdown(record.text) : record.text);
      if (typeof record.title === 'string') parts.push(record.title);
      // An input's label is read beside it.
      if (typeof record.label === 'string') parts.push(record.label);
      Object.values(record).forEach(walk);
    }
  };
  walk(cardOf(reply));
  return parts.join('\n');
}

/** The button data of every Action.Submit in a card. */
export function submitActions(reply: Reply | undefined): { title: string; data: Record<string, unknown> }[] {
  const found: { title: string; data: Record<string, unknown> }[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'Action.Submit') found.push({ title: String(record.title), data: record.data as Record<string, unknown> });
      Object.values(record).forEach(walk);
    }
  };
  walk(cardOf(reply));
  return found;
}

/** Everything a user would read in several replies, one after the other. */
export const allText = (replies: Reply[]) => replies.map(visibleText).join('\n');

/** The data of the newest button with this verb in the replies (what pressing it would send). */
export function button(replies: Reply[], verb: string): Record<string, unknown> {
  for (const reply of [...replies].reverse()) {
    const action = submitActions(reply).find((candidate) => candidate.data.verb === verb);
    if (action) return action.data;
  }
  throw new Error(`no "${verb}" button in:\n${allText(replies)}`);
}
