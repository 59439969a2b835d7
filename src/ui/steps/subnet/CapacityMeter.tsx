import { mergeClasses, useId } from '@fluentui/react-components';
import { CheckmarkCircleFilled, ErrorCircleFilled, WarningFilled } from '@fluentui/react-icons';
import { DOCS } from '../../../core/index.ts';
import { LearnMore } from '../vnet/LearnMore.tsx';
import { useCapacityMeterStyles } from './CapacityMeter.styles.ts';
import type { CapacityState, CapacityView } from './capacityView.ts';

const stateWords: Record<CapacityState, string> = { fits: 'Fits', tight: 'Over 80 %', short: 'Too small' };

function StateIcon({ state }: { readonly state: CapacityState }) {
  if (state === 'fits') return <CheckmarkCircleFilled aria-hidden />;
  if (state === 'tight') return <WarningFilled aria-hidden />;
  return <ErrorCircleFilled aria-hidden />;
}

/**
 * How full the subnet gets when the compute is at its peak: a meter of needed against usable addresses,
 * coloured by state, with the numbers and the arithmetic in words.
 */
export function CapacityMeter({ view }: { readonly view: CapacityView }) {
  const styles = useCapacityMeterStyles();
  const labelId = useId('capacity-label');
  const textId = useId('capacity-text');
  const max = Math.max(view.usable, 1);
  const percent = view.usable > 0 ? Math.min(100, (view.demand / view.usable) * 100) : 100;
  const state = view.state;
  return (
    <div className={styles.root}>
      <div className={styles.header}>
        <span className={styles.label} id={labelId}>
          Subnet capacity
        </span>
        <span className={mergeClasses(styles.state, styles[`${state}Text`])}>
          <StateIcon state={state} />
          {stateWords[state]}
        </span>
      </div>
      <div
        role="meter"
        className={styles.track}
        aria-labelledby={labelId}
        aria-describedby={textId}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={Math.min(view.demand, max)}
        aria-valuetext={`${view.demand} of ${view.usable} usable addresses needed: ${stateWords[state].toLowerCase()}`}
      >
        <div className={mergeClasses(styles.fill, styles[`${state}Fill`])} style={{ width: `${percent}%` }} />
      </div>
      <p className={styles.text} id={textId}>
        {view.headline}
      </p>
      <p className={styles.detail}>
        {view.demandReason} {view.arithmetic}{' '}
        <LearnMore href={DOCS.secureTraining} topic="subnet sizing for training compute" />
      </p>
    </div>
  );
}
