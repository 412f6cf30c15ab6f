import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

if (!window.switchboard) {
  // Without the bridge nothing can work; say so instead of showing a broken screen.
  root.innerHTML =
    '<main class="fatal"><h1>Switchboard cannot reach its main process</h1><p>Start it with <code>npm start</code>, or in a browser with <code>npm run dev:web</code>.</p></main>';
  document.documentElement.setAttribute('data-app-state', 'failed');
} else {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
