/**
 * Who is capturing at this window: the rapporteur's name, remembered in this
 * browser or window like the theme. New recommendations carry it, the host
 * keeps one capture draft per name, and it is the author of this window's
 * recommendation steps, which its Undo takes back (shared/history.ts).
 */
import { create } from 'zustand';
import { LIMITS } from '../../../shared/kernel/limits';

const KEY = 'moderator-console.rapporteur';
const DEFAULT_RAPPORTEUR = 'Rapporteur';

function normalize(name: string): string {
  const trimmed = name.trim().slice(0, LIMITS.nameChars);
  return trimmed === '' ? DEFAULT_RAPPORTEUR : trimmed;
}

interface RapporteurStore {
  name: string;
  /** Takes a new name (trimmed; empty means the default) and returns it as kept. */
  rename(next: string): string;
}

export const useRapporteur = create<RapporteurStore>()((set) => ({
  name: normalize(localStorage.getItem(KEY) ?? ''),
  rename(next) {
    const name = normalize(next);
    localStorage.setItem(KEY, name);
    set({ name });
    return name;
  },
}));

/** This window's rapporteur, for code outside React (the keyboard's Undo). */
export function currentRapporteur(): string {
  return useRapporteur.getState().name;
}
