import { lazyPart } from '../lazy/lazyPart.ts';
import { LazyDialogButton } from './LazyDialogButton.tsx';

const loadShareDialog = () => import('./ShareDialog.tsx');
const ShareDialog = lazyPart(loadShareDialog);

/** "Share": a link with the whole plan in it, copied to the clipboard (the dialog and codec load on demand). */
export function ShareButton() {
  return (
    <LazyDialogButton
      label="Share"
      preload={loadShareDialog}
      renderDialog={(dialog) => <ShareDialog {...dialog} />}
    />
  );
}
