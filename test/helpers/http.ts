import { Activity } from 'botbuilder';
import { shownText } from './shown';

/** POSTs an activity to a running bot with deliveryMode expectReplies, as a channel or tool would. */
export async function postActivity(
  base: string,
  activity: Partial<Activity>,
): Promise<{ status: number; texts: string[]; activities: Partial<Activity>[] }> {
  const response = await fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      recipient: { id: 'bot' },
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:9/unused',
      deliveryMode: 'expectReplies',
      ...activity,
    }),
  });
  const text = await response.text();
  const activities =
    response.status === 200 && text
      ? (JSON.parse(text) as { activities: Partial<Activity>[] }).activities
      : [];
  return { status: response.status, texts: activities.map(shownText), activities };
}
