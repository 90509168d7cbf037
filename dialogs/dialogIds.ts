import { PromptKind } from '../src/text/en/texts';

export const MAIN_DIALOG = 'mainDialog';
export const TROUBLESHOOT_DIALOG = 'troubleshootDialog';
export const GAVE_UP = '\u0000gave-up';
export const MAX_ATTEMPTS = 3;
export const TICKET_DIALOG = 'ticketDialog';

/** Each question's prompt id, with the kind of answer its help describes. */
export const PROMPTS: Record<PromptKind, string> = {
  user: 'userPrompt',
  app: 'appPrompt',
  date: 'datePrompt',
  dateChoice: 'dateChoicePrompt',
  ticketExisting: 'ticketExistingPrompt',
  ticketTried: 'ticketTriedPrompt',
  ticketNote: 'ticketNotePrompt',
  ticketDraft: 'ticketDraftPrompt',
};

/** The kind of question a prompt asks, for its help. */
export function promptKindOf(id: string | undefined): PromptKind | undefined {
  return (Object.keys(PROMPTS) as PromptKind[]).find((kind) => PROMPTS[kind] === id);
}
