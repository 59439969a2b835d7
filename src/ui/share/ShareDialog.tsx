import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  mergeClasses,
  Spinner,
} from '@fluentui/react-components';
import { CheckmarkCircle20Filled } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { planHoldsAzureData } from '../audit/azurePlanMarker.ts';
import { usePlanStore } from '../state/PlanStoreContext.ts';
import type { LazyDialogProps } from './LazyDialogButton.tsx';
import { useShareDialogStyles } from './ShareDialog.styles.ts';
import { LONG_LINK_CHARS, shareUrl } from './shareLink.ts';

type LinkState =
  | { readonly kind: 'working' }
  | { readonly kind: 'ready'; readonly url: string; readonly copied: boolean }
  | { readonly kind: 'failed' }
  /** The plan holds details read from a signed-in Azure account: never put in a link. */
  | { readonly kind: 'withheld' };

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Makes the link for the current plan each time the dialog opens, and tries to copy it. */
function useShareLink(open: boolean): [LinkState, (state: LinkState) => void] {
  const store = usePlanStore();
  const [link, setLink] = useState<LinkState>({ kind: 'working' });
  const withheld = planHoldsAzureData(store.getState());
  useEffect(() => {
    if (!open) return;
    let current = true;
    if (withheld) return;
    shareUrl(store.getState().plan, window.location.href)
      .then(async (url) => {
        const copied = await copyText(url);
        if (current) setLink({ kind: 'ready', url, copied });
      })
      .catch(() => {
        if (current) setLink({ kind: 'failed' });
      });
    return () => {
      current = false;
    };
  }, [open, store, withheld]);
  return [withheld ? { kind: 'withheld' } : link, setLink];
}

function CopyStatus({ link }: { readonly link: LinkState }) {
  const styles = useShareDialogStyles();
  let text = '';
  if (link.kind === 'ready') {
    text = link.copied
      ? 'Link copied to the clipboard.'
      : "This browser didn't let the wizard copy: select the link above and copy it (Ctrl+C, or ⌘C on a Mac).";
  } else if (link.kind === 'withheld') {
    text =
      'This plan holds details read from your Azure subscription, so the wizard does not put it in a link. Export the plan and share the file if you mean to.';
  } else if (link.kind === 'failed') {
    text = "The link couldn't be made in this browser. Export the plan and share the file instead.";
  }
  const copied = link.kind === 'ready' && link.copied;
  return (
    <div role="status" className={mergeClasses(styles.status, copied && styles.copied)}>
      {copied && <CheckmarkCircle20Filled aria-hidden="true" />}
      {text}
    </div>
  );
}

/** "Share this plan": the link, copied to the clipboard and shown to copy by hand (loaded on demand). */
export default function ShareDialog({ open, onOpenChange }: LazyDialogProps) {
  const styles = useShareDialogStyles();
  const [link, setLink] = useShareLink(open);
  const change = (next: boolean) => {
    if (!next) setLink({ kind: 'working' });
    onOpenChange(next);
  };
  const copyAgain = async () => {
    if (link.kind === 'ready') setLink({ ...link, copied: await copyText(link.url) });
  };
  return (
    <Dialog open={open} onOpenChange={(_, data) => change(data.open)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Share this plan</DialogTitle>
          <DialogContent className={styles.content}>
            <p className={styles.intro}>
              Whoever opens this link sees this plan in the wizard, in their own browser. The plan travels
              inside the link, after the “#”, which browsers never send to a server. Anyone who has the link
              can read the plan: its names, subscription ID and address ranges.
            </p>
            {link.kind === 'working' && <Spinner size="tiny" label="Making the link…" />}
            {link.kind === 'ready' && (
              <Field label="Link to this plan">
                <Input
                  readOnly
                  value={link.url}
                  className={styles.link}
                  onFocus={(event) => event.target.select()}
                />
              </Field>
            )}
            <CopyStatus link={link} />
            {link.kind === 'ready' && link.url.length > LONG_LINK_CHARS && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  This link is {link.url.length.toLocaleString('en-US')} characters long. Some mail and chat
                  apps cut long links; if it doesn’t open, export the plan and share the file instead.
                </MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={link.kind !== 'ready'} onClick={() => void copyAgain()}>
              Copy link
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">Close</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
