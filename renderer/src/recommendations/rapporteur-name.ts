/**
 * Who is capturing at this window: the rapporteur's name, remembered in this
 * browser or window like the theme. New recommendations carry it, and the
 * host keeps one capture draft per name.
 */
import { useState } from 'react';
import { LIMITS } from '../../../shared/kernel/limits';

const KEY = 'moderator-console.rapporteur';
const DEFAULT_RAPPORTEUR = 'Rapporteur';

function saved(): string {
  const name = localStorage.getItem(KEY)?.trim() ?? '';
  return name === '' ? DEFAULT_RAPPORTEUR : name.slice(0, LIMITS.nameChars);
}

export function useRapporteurName(): [string, (name: string) => void] {
  const [name, setName] = useState(saved);
  const change = (next: string) => {
    const trimmed = next.trim().slice(0, LIMITS.nameChars);
    const value = trimmed === '' ? DEFAULT_RAPPORTEUR : trimmed;
    localStorage.setItem(KEY, value);
    setName(value);
  };
  return [name, change];
}
