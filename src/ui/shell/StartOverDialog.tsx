import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from '@fluentui/react-components';
import type { LazyDialogProps } from '../share/LazyDialogButton.tsx';

export interface StartOverDialogProps extends LazyDialogProps {
  readonly onConfirm: () => void;
}

/** The confirmation behind "Start over", since it discards the plan in this browser (loaded on demand). */
export default function StartOverDialog({ open, onOpenChange, onConfirm }: StartOverDialogProps) {
  return (
    <Dialog open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Start over with the example plan?</DialogTitle>
          <DialogContent>
            Every choice in this plan is replaced by the example plan and the wizard returns to the first
            step. Export the plan first if you want to keep it.
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">Keep my plan</Button>
            </DialogTrigger>
            <Button
              appearance="primary"
              onClick={() => {
                onOpenChange(false);
                onConfirm();
              }}
            >
              Start over
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
