import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { GlanceFact, GlanceTone } from './glanceWords.ts';

const useStyles = makeStyles({
  list: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(10rem, 1fr))',
    gap: tokens.spacingHorizontalS,
  },
  // The term over its value in a narrow box; on one line when the box is a phone's full width.
  fact: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  term: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  symbol: { marginRight: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightBold },
  good: { color: tokens.colorStatusSuccessForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
});

/** A symbol beside the words, so the tone never rests on colour alone. */
const SYMBOL: Readonly<Record<GlanceTone, string>> = { good: '✓', warning: '!', bad: '✕' };

/** The facts that say whether the plan is ready, side by side above the long sections. */
export function ReviewGlance({ facts }: { readonly facts: readonly GlanceFact[] }) {
  const styles = useStyles();
  return (
    <div role="group" aria-label="The plan at a glance">
      <dl className={styles.list}>
        {facts.map((fact) => (
          <div key={fact.term} className={styles.fact}>
            <dt className={styles.term}>{fact.term}</dt>
            <dd className={mergeClasses(styles.value, styles[fact.tone])}>
              <span className={styles.symbol} aria-hidden="true">
                {SYMBOL[fact.tone]}
              </span>
              {fact.value}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
