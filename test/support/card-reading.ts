/** Reads what a test needs out of a card someone received: its JSON, texts and the data behind a button. */
import type { Activity, Attachment } from 'botbuilder';
import { allText } from '../render/adaptive-card-shape';

export type CardJson = Record<string, unknown>;

export function cardIn(activity: Partial<Activity>): CardJson {
  const attachment = (activity.attachments as Attachment[] | undefined)?.[0];
  if (attachment?.contentType !== 'application/vnd.microsoft.card.adaptive') throw new Error(`no Adaptive Card in ${JSON.stringify(activity).slice(0, 200)}`);
  return attachment.content as CardJson;
}

export function cardText(activity: Partial<Activity>): string {
  return allText(cardIn(activity));
}

/** Every action anywhere in the card (action sets, shown cards), in document order. */
export function actionsIn(node: unknown): CardJson[] {
  if (Array.isArray(node)) return node.flatMap(actionsIn);
  if (typeof node !== 'object' || node === null) return [];
  const record = node as CardJson;
  const own = typeof record.type === 'string' && record.type.startsWith('Action.') ? [record] : [];
  return [...own, ...Object.values(record).flatMap(actionsIn)];
}

export function actionTitles(activity: Partial<Activity>): string[] {
  return actionsIn(cardIn(activity)).map((a) => String(a.title));
}

/** The data of the Action.Submit titled `title`; throws when there is none, naming those there are. */
export function submitData(activity: Partial<Activity>, title: string): Record<string, unknown> {
  const actions = actionsIn(cardIn(activity));
  const action = actions.find((a) => a.type === 'Action.Submit' && a.title === title);
  if (!action) throw new Error(`no "${title}" button; the card has ${actions.map((a) => a.title).join(', ')}`);
  return action.data as Record<string, unknown>;
}
