// Errors shaped like OfficeExtension.Error: a code from Excel.ErrorCodes, a message, and debugInfo
// naming where it happened, so code that branches on error.code behaves as it would in Office.

export type HostErrorCode =
  | "AccessDenied"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidObjectPath"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "InvalidReference"
  | "InvalidRequestContext"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "NotImplemented"
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "ValueNotLoaded"
  | "ApiNotFound";

export class HostApiError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: HostErrorCode;
  readonly debugInfo: { code: HostErrorCode; message: string; errorLocation: string };

  constructor(code: HostErrorCode, message: string, errorLocation = "") {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function propertyNotLoaded(property: string, location: string): HostApiError {
  return new HostApiError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    location,
  );
}

export function notCovered(member: string): HostApiError {
  return new HostApiError(
    "NotImplemented",
    `The in-browser host does not cover ${member}; see docs/excel.md for the members it covers.`,
    member,
  );
}

/** Raised by the host's user simulation (typing into a protected or validated cell), not by the API. */
export class UserActionError extends Error {
  constructor(
    readonly reason: "protected" | "validation" | "no-sheet" | "bad-address" | "busy",
    readonly text: { vi: string; en: string },
  ) {
    super(text.en);
    this.name = "UserActionError";
  }
}
