/*
 * A comment is announced twice to its author: by the addComment answer and by the realtime
 * `comment.created` event, in either order. The event sets the post's comment count from the
 * server; the answer only adds one when the event has not been applied yet.
 */
const counted = new Set<string>();
const MAX_REMEMBERED = 500;

export const markCommentCounted = (commentId: string): void => {
  counted.add(commentId);
  if (counted.size > MAX_REMEMBERED) {
    const oldest = counted.values().next().value;
    if (oldest !== undefined) counted.delete(oldest);
  }
};

/** True the first time a comment is counted; false when it already was. */
export const claimCommentCount = (commentId: string): boolean => {
  if (counted.has(commentId)) return false;
  markCommentCounted(commentId);
  return true;
};
