/** The smallest Fluent UI v9 page (a provider and a button), built like the pane: the floor the pane is compared with. */
import { createRoot } from 'react-dom/client';
import { Button, FluentProvider, webLightTheme } from '@fluentui/react-components';

const root = document.getElementById('container');
if (root) {
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <Button appearance="primary">检查</Button>
    </FluentProvider>,
  );
}
