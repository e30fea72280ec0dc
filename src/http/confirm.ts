// The one confirmation page before a destructive action: a GET shows what will happen, its button posts to the
// action's existing URL (which keeps its own checks and refusal pages), "Annuleren" goes back. No JavaScript needed.
import type { FastifyReply } from 'fastify';

export interface Confirmation {
  /** The question, also the page's heading: "Weet je zeker dat je thema Vuurwerk wilt verwijderen?" */
  question: string;
  /** What will happen, one paragraph each. */
  consequences: readonly string[];
  /** The POST URL of the action itself. */
  action: string;
  /** The danger button, naming the action: "Thema verwijderen". */
  submit: string;
  /** The page the action started from. */
  cancel: string;
}

export function renderConfirmation(reply: FastifyReply, confirmation: Confirmation) {
  return reply.viewAsync('confirm', { title: confirmation.question, ...confirmation });
}
