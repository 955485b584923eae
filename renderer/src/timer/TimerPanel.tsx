/** The technician's speaker timer (region "Speaker timer"). */
export function TimerPanel() {
  return <section className="timer-panel panel" aria-label="Speaker timer" />;
}
