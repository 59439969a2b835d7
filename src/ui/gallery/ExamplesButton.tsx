import { lazyPart } from '../lazy/lazyPart.ts';
import { LazyDialogButton } from '../share/LazyDialogButton.tsx';
import { useStepJump } from './useStepJump.ts';

const loadGallery = () => import('./GalleryDialog.tsx');
const GalleryDialog = lazyPart(loadGallery);

/** "Examples": the gallery of working and broken-on-purpose plans for workshops (loaded on demand). */
export function ExamplesButton() {
  const jump = useStepJump();
  return (
    <LazyDialogButton
      label="Examples"
      preload={loadGallery}
      renderDialog={(dialog) => <GalleryDialog {...dialog} onLoaded={jump} />}
    />
  );
}
