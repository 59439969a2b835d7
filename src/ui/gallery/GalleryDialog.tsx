import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { SchemaError } from '../../core/index.ts';
import { ProblemList } from '../shell/ProblemList.tsx';
import type { LazyDialogProps } from '../share/LazyDialogButton.tsx';
import { loadPlan } from '../share/loadPlan.ts';
import { useAnnouncePlanLoad } from '../share/planLoad.ts';
import { usePlanStore } from '../state/PlanStoreContext.ts';
import { wizardSteps } from '../wizard/steps.ts';
import { galleryExamples, loadExample, type GalleryExample } from './examples.ts';
import { firstError } from './findingStep.ts';
import { useGalleryStyles } from './GalleryDialog.styles.ts';

export interface GalleryDialogProps extends LazyDialogProps {
  /** Called once an example is the plan: the step to show (its first error's, or the first) and the field. */
  readonly onLoaded: (step: number, focusPath?: string) => void;
}

function ExampleItem({
  example,
  onChoose,
}: {
  readonly example: GalleryExample;
  readonly onChoose: () => void;
}) {
  const styles = useGalleryStyles();
  const lessonId = useId();
  return (
    <li className={styles.item}>
      <div className={styles.text}>
        <span className={styles.title}>{example.title}</span>
        {example.lesson && (
          <span id={lessonId} className={styles.lesson}>
            {example.lesson}
          </span>
        )}
      </div>
      <Button
        size="small"
        aria-label={`Load ${example.title}`}
        aria-describedby={example.lesson ? lessonId : undefined}
        onClick={onChoose}
      >
        Load
      </Button>
    </li>
  );
}

function detailOf(example: GalleryExample, step: number | undefined): string {
  if (!example.broken) return 'The wizard starts again from the first step with this plan.';
  const title = step === undefined ? undefined : wizardSteps[step]?.title;
  return title
    ? `It is broken on purpose: the wizard opened the ${title} step, where the error shows. Find the fix.`
    : 'It is meant to be broken, but the wizard finds no error in it now.';
}

/** The examples gallery: working setups and plans broken on purpose, each with its lesson (loaded on demand). */
export default function GalleryDialog({ open, onOpenChange, close, onLoaded }: GalleryDialogProps) {
  const styles = useGalleryStyles();
  const store = usePlanStore();
  const announce = useAnnouncePlanLoad();
  const [failed, setFailed] = useState<{ title: string; errors: readonly SchemaError[] } | null>(null);
  const headingId = useId();
  const examples = galleryExamples();

  const choose = async (example: GalleryExample) => {
    const result = await loadExample(example.file);
    if (!result.ok) {
      setFailed({ title: example.title, errors: result.errors });
      return;
    }
    const error = example.broken ? firstError(result.plan) : undefined;
    await store.checksLoaded();
    const notice = loadPlan(store, result.plan, {
      title: `Loaded the example “${example.title}”`,
      detail: detailOf(example, error?.step),
    });
    setFailed(null);
    announce(notice);
    close();
    onLoaded(error?.step ?? 0, error?.path);
  };

  const group = (broken: boolean, title: string, hint: string) => (
    <section className={styles.group} aria-labelledby={`${headingId}-${broken ? 'broken' : 'working'}`}>
      <h3 id={`${headingId}-${broken ? 'broken' : 'working'}`} className={styles.groupTitle}>
        {title}
      </h3>
      <p className={styles.groupHint}>{hint}</p>
      <ul className={styles.list}>
        {examples
          .filter((example) => example.broken === broken)
          .map((example) => (
            <ExampleItem key={example.file} example={example} onChoose={() => void choose(example)} />
          ))}
      </ul>
    </section>
  );

  return (
    <Dialog open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>Example plans</DialogTitle>
          <DialogContent className={styles.content}>
            <p className={styles.intro}>
              Load an example to explore it. It replaces the plan in the wizard; the notice that follows lets
              you undo and keep your own draft.
            </p>
            {failed && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  “{failed.title}” could not be loaded:
                  <ProblemList label="Problems in the example" errors={failed.errors} />
                </MessageBarBody>
              </MessageBar>
            )}
            {group(false, 'Working setups', 'Each passes every check; compare it with your own network.')}
            {group(
              true,
              'Broken on purpose — find the fix',
              'Each has one mistake; the wizard opens the step where its error shows.',
            )}
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">Close</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
