// A reviewer's unsaved decisions, one per row, and the unit's unsaved answers to returned rows, kept
// by the shell so that moving between rows or steps never loses them: a draft goes only when it is
// saved or discarded.
import { useCallback, useMemo, useState } from "react";
import type { ReviewDecision } from "../../domain/entry";

export interface ReviewDraft {
  decision: ReviewDecision | null;
  comment: string;
}

export interface ReviewDrafts {
  /** The draft of each row that has one, by indicator id. */
  drafts: ReadonlyMap<string, ReviewDraft>;
  setDraft(indicatorId: string, draft: ReviewDraft | null): void;
  /** The row the reviewer is on, so coming back to Review returns to it. */
  currentId: string | null;
  setCurrentId(indicatorId: string | null): void;
  /** The unit's answers being written in Check, by indicator id, until saved. */
  replies: ReadonlyMap<string, string>;
  setReply(indicatorId: string, text: string | null): void;
}

export function useReviewDrafts(): ReviewDrafts {
  const [drafts, setDrafts] = useState<ReadonlyMap<string, ReviewDraft>>(new Map());
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [replies, setReplies] = useState<ReadonlyMap<string, string>>(new Map());
  const setReply = useCallback((id: string, text: string | null) => {
    setReplies((old) => {
      const next = new Map(old);
      if (text === null) next.delete(id);
      else next.set(id, text);
      return next;
    });
  }, []);
  const setDraft = useCallback((id: string, draft: ReviewDraft | null) => {
    setDrafts((old) => {
      const next = new Map(old);
      if (draft) next.set(id, draft);
      else next.delete(id);
      return next;
    });
  }, []);
  return useMemo(
    () => ({ drafts, setDraft, currentId, setCurrentId, replies, setReply }),
    [drafts, setDraft, currentId, replies, setReply],
  );
}
