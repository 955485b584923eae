import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connect } from './transport';
import { bindSession } from './store';
import { keepClockInSync } from './host-time';
import { ConsoleApp } from './console/ConsoleApp';
import { ProjectedView } from './views/ProjectedView';
import './styles.css';

const connection = connect();
bindSession(connection.api, connection.onConnection);
keepClockInSync(connection.api, connection.onConnection);

/** Routes: / is the console, /projector and /stage are the projected views. */
function route(pathname: string) {
  if (pathname.endsWith('/projector')) return <ProjectedView kind="projector" />;
  if (pathname.endsWith('/stage')) return <ProjectedView kind="stage" />;
  return <ConsoleApp />;
}

const view = window.location.pathname;
document.documentElement.dataset.view = view.endsWith('/projector') ? 'projector' : view.endsWith('/stage') ? 'stage' : 'console';

createRoot(document.getElementById('root')!).render(<StrictMode>{route(view)}</StrictMode>);
