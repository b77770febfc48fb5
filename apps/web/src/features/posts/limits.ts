/** Mirrors the API's limit (DESIGN §3) so the user learns it before submitting. */
export const POST_BODY_MAX_LENGTH = 20_000;
