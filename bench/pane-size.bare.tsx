/** The smallest Fluent UI v9 page (a provider and a button), built like the pane: the floor the pane is compared with. */
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, FluentProvider, webLightTheme } from '@fluentui/react-components';

function Bare(): JSX.Element {
  // The same mark the pane sets on its first render, so both pages are timed alike.
  useEffect(() => {
    performance.mark('pane-first-render');
  }, []);
  return (
    <FluentProvider theme={webLightTheme}>
      <Button appearance="primary">检查</Button>
    </FluentProvider>
  );
}

const root = document.getElementById('container');
if (root) createRoot(root).render(<Bare />);
