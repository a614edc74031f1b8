/**
 * The yardstick: a bare botbuilder echo bot as the samples write it (CloudAdapter + restify +
 * ActivityHandler + ConversationState on MemoryStorage), auth off. `bench/versus-echo.ts` runs it
 * beside the assistant under the same load; every figure of the assistant is given as a ratio to it.
 *
 *   PORT=3999 node --require tsx/cjs bench/echo-bot.ts
 */
import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  MemoryStorage,
} from 'botbuilder';
import restify from 'restify';

class EchoBot extends ActivityHandler {
  constructor(conversationState: ConversationState) {
    super();
    const turns = conversationState.createProperty<number>('turns');
    this.onMessage(async (context, next) => {
      const count = (await turns.get(context, 0)) + 1;
      await turns.set(context, count);
      await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const conversationState = new ConversationState(new MemoryStorage());
const bot = new EchoBot(conversationState);

const server = restify.createServer();
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, async (context) => {
    await bot.run(context);
    await conversationState.saveChanges(context);
  });
});
server.get('/healthz', (_req, res, next) => {
  res.send(200, 'ok');
  next();
});
server.listen(Number(process.env.PORT ?? 3978), '127.0.0.1');
