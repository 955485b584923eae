/** One table for every figure: what, target, measured median (and p95 where it matters). */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

export interface Figure {
  group: string;
  name: string;
  unit: string;
  value: number;
  /** e.g. "≤ 50"; empty when the figure is informational. */
  target: string;
  met: boolean | null;
  note?: string;
}

export function figure(group: string, name: string, unit: string, value: number, target?: { max?: number; equals?: number }, note?: string): Figure {
  let met: boolean | null = null;
  let targetText = '';
  if (target?.max !== undefined) {
    met = value <= target.max;
    targetText = `≤ ${target.max}`;
  } else if (target?.equals !== undefined) {
    met = value === target.equals;
    targetText = `= ${target.equals}`;
  }
  return { group, name, unit, value, target: targetText, met, note };
}

const format = (value: number) => (Number.isInteger(value) ? String(value) : value >= 100 ? value.toFixed(0) : value.toFixed(2));

export function printTable(figures: Figure[]): string {
  const rows = figures.map((f) => [f.group, f.name, `${format(f.value)} ${f.unit}`, f.target ? `${f.target} ${f.unit}` : '', f.met === null ? '' : f.met ? 'met' : 'MISSED', f.note ?? '']);
  const header = ['group', 'figure', 'measured', 'target', '', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export async function writeResults(figures: Figure[], startedAt: Date): Promise<string> {
  const dir = join('out', 'bench');
  await mkdir(dir, { recursive: true });
  const file = join(dir, 'results.json');
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
  await writeFile(file, `${JSON.stringify({ startedAt: startedAt.toISOString(), machine, figures }, null, 2)}\n`);
  return file;
}
