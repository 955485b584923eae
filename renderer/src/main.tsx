import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { connect } from './transport';
import { bindSession } from './store';
import { keepClockInSync } from './host-time';
import { startTranslations } from './i18n';

// Each route loads only its own code: a projector does not load the console.
const ConsoleApp = lazy(() => import('./console/ConsoleApp').then((m) => ({ default: m.ConsoleApp })));
const ProjectedView = lazy(() => import('./views/ProjectedView').then((m) => ({ default: m.ProjectedView })));
const ControlPage = lazy(() => import('./views/ControlPage').then((m) => ({ default: m.ControlPage })));
import './styles.css';

const view = window.location.pathname;
const kind = view.endsWith('/projector') ? 'projector' : view.endsWith('/stage') ? 'stage' : view.endsWith('/control') ? 'control' : 'console';
document.documentElement.dataset.view = kind;

startTranslations(kind);
const connection = connect();
bindSession(connection);
keepClockInSync(connection.client, connection.onConnection);

/** Routes: / is the console, /projector and /stage are the projected views, /control the timer on a phone. */
function route(pathname: string) {
  if (pathname.endsWith('/projector')) return <ProjectedView kind="projector" />;
  if (pathname.endsWith('/control')) return <ControlPage />;
  if (pathname.endsWith('/stage')) return <ProjectedView kind="stage" />;
  return <ConsoleApp />;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Suspense fallback={null}>{route(view)}</Suspense>
  </StrictMode>,
);
