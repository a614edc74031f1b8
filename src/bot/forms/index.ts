/** What the eligibility check and the idea form share: the section card, or its questions one at a time in text. */
export * from './cards';
export { inputValue, typedWhileAsking, rawInputs, saidFormStillOpen, showSection } from './present-section';
export { rawValueFromText, textQuestion } from './text-questions';
