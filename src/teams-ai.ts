/**
 * The parts of @microsoft/teams-ai the bot uses, each from its own module. The package's index also
 * loads its AI side (the OpenAI client, axios, the GPT tokenizer, planners and prompts), which this
 * bot never calls: about a third of a second at every start.
 */
export { Application } from '@microsoft/teams-ai/lib/Application';
export { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
export { TurnState } from '@microsoft/teams-ai/lib/TurnState';
export type { DefaultTempState } from '@microsoft/teams-ai/lib/TurnState';
