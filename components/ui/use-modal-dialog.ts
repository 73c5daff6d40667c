"use client";
// The native <dialog> as a React-controlled modal: shown in the top layer
// while `open` (focus kept inside), and Esc asks to close, which is refused
// while a request is under way so its result is not lost.
import { useEffect, useRef, type SyntheticEvent } from "react";

export function useModalDialog(open: boolean, busy: boolean | undefined, onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  const onCancel = (e: SyntheticEvent<HTMLDialogElement>) => {
    e.preventDefault();
    if (!busy) onClose();
  };
  return { ref, onCancel };
}
