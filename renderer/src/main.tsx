import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connect } from './transport';
import { bindSession } from './store';
import { ConsoleApp } from './console/ConsoleApp';
import './styles.css';

const connection = connect();
bindSession(connection.api, connection.onConnection);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConsoleApp />
  </StrictMode>,
);
