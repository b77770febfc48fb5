/**
 * What `/hooks` answers when it refuses a delivery. Bodies carry a stable `code` for machines and
 * a message a person can act on; neither ever names a secret, an expected signature or an internal
 * detail (a sender that could read the expected signature could forge one).
 */
export type HookErrorCode =
  | 'CONNECTOR_NOT_FOUND'
  | 'SIGNATURE_MISSING'
  | 'SIGNATURE_INVALID'
  | 'TIMESTAMP_INVALID'
  | 'TIMESTAMP_OUT_OF_TOLERANCE'
  | 'BODY_TOO_LARGE'
  | 'BODY_UNREADABLE'
  | 'CONTENT_ENCODING_UNSUPPORTED'
  | 'BODY_NOT_JSON'
  | 'BODY_NOT_OBJECT'
  | 'DELIVERY_ID_MISSING'
  | 'EVENT_TYPE_MISSING'
  | 'CLOUDEVENT_INVALID';

export interface HookRejection {
  readonly status: 400 | 401 | 404 | 413 | 415;
  readonly code: HookErrorCode;
  readonly message: string;
  /** The offending field, for a structurally invalid CloudEvent. */
  readonly field?: string;
}

export const reject = (status: HookRejection['status'], code: HookErrorCode, message: string, field?: string): HookRejection =>
  field === undefined ? { status, code, message } : { status, code, message, field };

export const isRejection = (value: unknown): value is HookRejection =>
  typeof value === 'object' && value !== null && 'code' in value && 'status' in value;

export const connectorNotFound = (): HookRejection =>
  reject(404, 'CONNECTOR_NOT_FOUND', 'No active webhook connector has this id: check the URL IT gave you.');

export const signatureMissing = (header: string): HookRejection =>
  reject(401, 'SIGNATURE_MISSING', `The ${header} header is missing: sign each delivery with this connector's secret.`);

export const signatureInvalid = (header: string): HookRejection =>
  reject(401, 'SIGNATURE_INVALID', `The ${header} header does not match the body: check this connector's secret and sign the raw body.`);

export const timestampInvalid = (header: string): HookRejection =>
  reject(401, 'TIMESTAMP_INVALID', `The ${header} header is missing or not a number.`);

export const timestampOutOfTolerance = (header: string): HookRejection =>
  reject(
    401,
    'TIMESTAMP_OUT_OF_TOLERANCE',
    `The ${header} header is more than 5 minutes away from the server's clock: sign each attempt afresh and check the sender's clock.`,
  );

export const bodyNotObject = (): HookRejection => reject(400, 'BODY_NOT_OBJECT', 'The body must be a JSON object.');

/** The JSON answered for a refusal. */
export const rejectionBody = (rejection: HookRejection): Record<string, unknown> =>
  rejection.field === undefined
    ? { code: rejection.code, message: rejection.message }
    : { code: rejection.code, message: rejection.message, field: rejection.field };
