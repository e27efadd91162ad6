/** The fields of a conversationUpdate this module reads. */
export interface MembersAddedLike {
  membersAdded?: readonly { id: string }[] | null;
  recipient: { id: string };
  conversation: { conversationType?: string | null };
}

/**
 * Welcome when the bot itself is added (personal chat, group chat or team), and when a person
 * joins a personal chat. A person joining a group chat or team channel is not greeted: in a
 * busy channel a card for every newcomer would bury the conversation.
 */
export function shouldWelcome(a: MembersAddedLike): boolean {
  const added = a.membersAdded ?? [];
  const botAdded = added.some((m) => m.id === a.recipient.id);
  const personAdded = added.some((m) => m.id !== a.recipient.id);
  const type = a.conversation.conversationType ?? 'personal';
  return botAdded || (personAdded && type === 'personal');
}
