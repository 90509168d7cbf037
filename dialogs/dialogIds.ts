export const MAIN_DIALOG = 'mainDialog';
export const TROUBLESHOOT_DIALOG = 'troubleshootDialog';
export const GAVE_UP = '\u0000gave-up';
export const MAX_ATTEMPTS = 3;
export const TICKET_DIALOG = 'ticketDialog';
