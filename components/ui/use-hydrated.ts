"use client";
// True once React has hydrated this page in the browser, false in the server's
// HTML and during hydration (no effect, no extra render after hydration).
import { useSyncExternalStore } from "react";

const subscribeNothing = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(subscribeNothing, () => true, () => false);
}
