import { GUID_PATTERN } from '../shared/patterns';

const MAX_SAY = 500;

/**
 * What a button press means, as the words a person would type, so a press works at any point of a conversation
 * (in the middle of a prompt too). Anything unexpected (unknown action, wrong types, oversized values) is undefined.
 */
export function submitToText(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const data = value as Record<string, unknown>;
  const text = (key: string): string | undefined =>
    typeof data[key] === 'string' && (data[key] as string).length <= MAX_SAY
      ? (data[key] as string)
      : undefined;
  switch (data.action) {
    case 'say':
      return text('text')?.trim() || undefined;
    case 'pick': {
      const id = text('requestId');
      return id && GUID_PATTERN.test(id) ? `Request ID: ${id}` : undefined;
    }
    case 'ticket': {
      const id = text('requestId');
      return id && GUID_PATTERN.test(id) ? `open a ticket for ${id}` : undefined;
    }
    case 'fileTicket': {
      const draft = text('draft');
      return draft && /^[a-z0-9]{6,32}$/.test(draft) ? `file ticket ${draft}` : undefined;
    }
    case 'cancel':
      return 'cancel';
    case 'explain': {
      const code = text('code');
      return code && /^[A-Za-z0-9_]{1,60}$/.test(code) ? code : undefined;
    }
    case 'more':
      return 'more';
    case 'restart':
      return 'start over';
    default:
      return undefined;
  }
}
