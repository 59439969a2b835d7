/**
 * The reference page of `npm run bench:typing`: one Fluent UI Button and one labelled Input, nothing else.
 * Typing into it costs what Fluent UI and React themselves cost per keystroke.
 */
import { Button, Field, FluentProvider, Input, webLightTheme } from '@fluentui/react-components';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

function Bare() {
  const [value, setValue] = useState('');
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 24, display: 'grid', gap: 12, maxWidth: 480 }}>
        <Field label="Workspace name">
          <Input value={value} onChange={(_, data) => setValue(data.value)} />
        </Field>
        <Button appearance="primary">Next</Button>
      </main>
    </FluentProvider>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <Bare />
    </StrictMode>,
  );
