/** Every conversation dialog's id, in one place so dialogs can hand over to each other. */
export const LANGUAGE_DIALOG = 'languageDialog';
export const ELIGIBILITY_DIALOG = 'eligibilityDialog';
export const IDEA_FORM_DIALOG = 'ideaFormDialog';
