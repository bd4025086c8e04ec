// Excel's name box (where the selection is; type an address to go there) and formula bar (what
// the active cell holds; typing in a cell happens here).
import type { Ref } from "react";

export interface FormulaBarProps {
  nameBox: string;
  onNameBoxChange: (text: string) => void;
  onNameBoxEnter: () => void;
  onNameBoxBlur: () => void;
  nameBoxLabel: string;
  draft: string;
  editorLabel: string;
  disabled: boolean;
  editorRef: Ref<HTMLInputElement>;
  onDraftChange: (text: string) => void;
  onEditorFocus: () => void;
  onEditorBlur: () => void;
  onEditorKeyDown: (e: React.KeyboardEvent<HTMLInputElement>) => void;
  onEditorPaste: (e: React.ClipboardEvent<HTMLInputElement>) => void;
}

export function FormulaBar(p: FormulaBarProps): React.JSX.Element {
  return (
    <div className="wb-bar">
      <input
        className="wb-namebox"
        value={p.nameBox}
        aria-label={p.nameBoxLabel}
        spellCheck={false}
        onChange={(e) => p.onNameBoxChange(e.target.value)}
        onFocus={(e) => e.target.select()}
        onBlur={p.onNameBoxBlur}
        onKeyDown={(e) => {
          if (e.key !== "Enter") return;
          e.preventDefault();
          p.onNameBoxEnter();
        }}
      />
      <span className="wb-fx" aria-hidden="true">
        fx
      </span>
      <input
        ref={p.editorRef}
        className="wb-editor"
        value={p.draft}
        aria-label={p.editorLabel}
        disabled={p.disabled}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => p.onDraftChange(e.target.value)}
        onFocus={p.onEditorFocus}
        onBlur={p.onEditorBlur}
        onKeyDown={p.onEditorKeyDown}
        onPaste={p.onEditorPaste}
      />
    </div>
  );
}
