import { Activity } from 'botbuilder';
import Ajv, { ErrorObject } from 'ajv';
import { Refusal } from './refusal';

const text = { type: 'string' };
const account = {
  type: 'object',
  required: ['id'],
  properties: { id: text, name: text, aadObjectId: text, role: text },
};
const mention = { type: 'string', pattern: '^[Mm][Ee][Nn][Tt][Ii][Oo][Nn]$' };

/**
 * The fields of an activity the bot and botbuilder read, with the types they read them as. Anything else a channel
 * adds passes as it is.
 */
const ACTIVITY_SCHEMA = {
  type: 'object',
  required: ['type', 'channelId', 'serviceUrl', 'from', 'recipient', 'conversation'],
  properties: {
    type: { type: 'string', minLength: 1 },
    id: text,
    channelId: { type: 'string', minLength: 1 },
    serviceUrl: { type: 'string', minLength: 1 },
    from: account,
    recipient: account,
    conversation: {
      type: 'object',
      required: ['id'],
      properties: {
        id: text,
        name: text,
        conversationType: text,
        tenantId: text,
        isGroup: { type: 'boolean' },
      },
    },
    text,
    value: {},
    name: text,
    locale: text,
    localTimezone: text,
    timestamp: text,
    replyToId: text,
    deliveryMode: { enum: ['normal', 'notification', 'expectReplies', 'ephemeral'] },
    entities: {
      type: 'array',
      items: {
        type: 'object',
        required: ['type'],
        properties: { type: text },
        if: { type: 'object', properties: { type: mention } },
        then: { type: 'object', required: ['mentioned'], properties: { mentioned: account, text } },
      },
    },
    attachments: { type: 'array', items: { type: 'object' } },
    membersAdded: { type: 'array', items: account },
    membersRemoved: { type: 'array', items: account },
    channelData: {
      type: 'object',
      properties: { tenant: { type: 'object', properties: { id: text } } },
    },
  },
  // botbuilder removes a mention of the bot from the text, so a mention needs text to remove it from.
  if: {
    type: 'object',
    required: ['entities'],
    properties: { entities: { type: 'array', contains: { type: 'object', properties: { type: mention } } } },
  },
  then: { type: 'object', required: ['text'] },
};

const validate = new Ajv({ allErrors: false }).compile<Activity>(ACTIVITY_SCHEMA);

/** The body as an activity, or a 400 that names the first field the bot could not read. */
export function checkActivity(body: unknown): Activity {
  if (validate(body)) return body;
  throw new Refusal(
    400,
    `${describe(validate.errors![0])} See the Bot Framework activity schema: https://aka.ms/botSpecs-activitySchema`,
  );
}

const TYPES: Record<string, string> = {
  string: 'a string',
  object: 'an object',
  array: 'an array',
  boolean: 'true or false',
};

/** "The activity's entities[0].type is missing.", from an ajv error. */
function describe(error: ErrorObject): string {
  const params = error.params as { missingProperty?: string; type?: string; allowedValues?: string[] };
  const path = error.instancePath
    .split('/')
    .slice(1)
    .concat(error.keyword === 'required' ? [params.missingProperty ?? ''] : [])
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join('')
    .slice(1);
  if (!path) return 'The body must be a JSON object: a Bot Framework activity.';
  if (error.schemaPath === '#/then/required') return `The activity mentions someone but has no ${path}.`;
  if (error.keyword === 'required') return `The activity's ${path} is missing.`;
  if (error.keyword === 'minLength') return `The activity's ${path} must not be empty.`;
  if (error.keyword === 'type')
    return `The activity's ${path} must be ${TYPES[params.type ?? ''] ?? params.type}.`;
  if (error.keyword === 'enum')
    return `The activity's ${path} must be one of ${params.allowedValues?.join(', ')}.`;
  return `The activity's ${path} ${error.message}.`;
}
