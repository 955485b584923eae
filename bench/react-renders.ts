/**
 * Counts which React components render, from inside the page, without a
 * profiling build: a minimal React DevTools hook is installed before the
 * app loads. As in React DevTools, a component rendered in a commit when
 * it performed work; a subtree whose child pointer did not change was not
 * visited at all.
 */
export const RENDER_COUNTER_SCRIPT = `(() => {
  const counts = new Map();
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
  const PERFORMED_WORK = 1;
  const nameOf = (fiber) => {
    const type = fiber.type && (fiber.type.type || fiber.type.render || fiber.type);
    return (type && (type.displayName || type.name)) || 'anonymous';
  };
  const walk = (next, prev) => {
    if (COMPONENT_TAGS.has(next.tag) && (prev === null || (next.flags & PERFORMED_WORK) === PERFORMED_WORK)) {
      const name = nameOf(next);
      counts.set(name, (counts.get(name) || 0) + 1);
    }
    if (prev !== null && next.child === prev.child) return;
    for (let child = next.child; child; child = child.sibling) walk(child, child.alternate);
  };
  window.__renderCounts = counts;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject() { return 1; },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, root) { walk(root.current, root.current.alternate); },
  };
})();`;
