// The ways one Vietnamese word is stored as Unicode. Typed with a precomposed keyboard (NFC, "Unicode
// dựng sẵn"), "có" is one letter ó; fully decomposed (NFD) it is o + U+0301; Unikey's "Unicode tổ hợp"
// keeps the vowel's own mark composed (ô, ơ, ư, ă, â, ê) and adds the tone as a combining mark.
// They look the same and are canonically equivalent, but a spreadsheet's "=" compares them as
// different text, so a formula that must recognise a word lists each spelling.

/** The five Vietnamese tone marks as combining characters: grave, acute, tilde, hook above, dot below. */
const TONES = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]);
const COMBINING = /[\u0300-\u036f]/;

/** Vowel marks composed, tone marks combining: what Unikey's "Unicode tổ hợp" produces. */
export function toneDecomposed(text: string): string {
  const nfd = text.normalize("NFD");
  let out = "";
  let base = "";
  let tones = "";
  const flush = () => {
    out += base.normalize("NFC") + tones;
    base = "";
    tones = "";
  };
  for (const ch of nfd) {
    if (COMBINING.test(ch)) {
      if (TONES.has(ch)) tones += ch;
      else base += ch;
    } else {
      flush();
      base = ch;
    }
  }
  flush();
  return out;
}

/** The distinct spellings of `text`: composed (NFC), decomposed (NFD) and tone-decomposed (Unikey). */
export function spellings(text: string): string[] {
  return [...new Set([text.normalize("NFC"), text.normalize("NFD"), toneDecomposed(text)])];
}
