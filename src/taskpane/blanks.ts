// Which issues the pane counts as "not yet entered" rather than as mistakes (issue #15): a required
// value left blank. The domain and the ministry keep it an error (value.missing), and Export lists it
// among the errors that block; only the live counts and Check set it apart while the person types.
import type { Issue } from "../domain/entry";

export const BLANK_CODE = "value.missing";

export function isBlank(issue: Pick<Issue, "code">): boolean {
  return issue.code === BLANK_CODE;
}
