// Test helper: the error code a host call rejects with ("no error" when it resolves), so a test
// states Excel's answer as one string.
export async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "no error";
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
}
