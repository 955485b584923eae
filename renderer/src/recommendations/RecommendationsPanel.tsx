/** The rapporteur's panel (region "Recommendations"). */
export function RecommendationsPanel() {
  return <section className="recommendations panel" aria-label="Recommendations" />;
}
