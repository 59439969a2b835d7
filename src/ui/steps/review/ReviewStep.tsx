import { lazyPart } from '../../lazy/lazyPart.ts';
import { PartBoundary } from '../../lazy/PartBoundary.tsx';
import { Button, Link, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { Suspense, useMemo } from 'react';
import { checkPlan, DOCS, type Plan } from '../../../core/index.ts';
import { proveFlows, simulateFlows, withProofFindings, type Proof } from '../../../core/index.ts';
import { generateBundle } from '../../../core/index.ts';
import { useServiceTags } from '../../servicetags/useServiceTags.ts';
import { planFileName } from '../../export/fileNames.ts';
import { runOrder } from '../../export/runOrder.ts';
import { usePlan } from '../../state/PlanStoreContext.ts';
import { attempt, type Derived } from './derive.ts';
import { countOf } from './findingWords.ts';
import { FindingsSummary } from './FindingsSummary.tsx';
import { filesFact, flowsFact, proofFact, type GlanceFact } from './glanceWords.ts';
import { FlowTable } from './FlowTable.tsx';
import { ProofTable } from './ProofTable.tsx';
import { noFlowsReason } from './flowWords.ts';
import { GeneratedFiles } from './GeneratedFiles.tsx';
import { describePlan } from './planWords.ts';
import { FlowsDisclosure } from './FlowsDisclosure.tsx';
import { ReviewGlance } from './ReviewGlance.tsx';
import { ReviewSection } from './ReviewSection.tsx';
import { useReviewStepStyles } from './ReviewStep.styles.ts';
import { RunOrderList } from './RunOrderList.tsx';

const NetworkDiagram = lazyPart(() => import('../../diagram/NetworkDiagram.tsx'));

function Problem({ what, message }: { readonly what: string; readonly message: string }) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        {what} could not be produced: {message}. The rest of the review still applies; download the plan file
        and run the command line&apos;s validate on it for the same check.
      </MessageBarBody>
    </MessageBar>
  );
}

function TrafficSection({
  plan,
  simulation,
}: {
  readonly plan: Plan;
  readonly simulation: Derived<ReturnType<typeof simulateFlows>>;
}) {
  const styles = useReviewStepStyles();
  return (
    <ReviewSection title="Required traffic">
      <p className={styles.text}>
        Each flow the compute needs, checked against the subnet&apos;s network security group: the rules it
        has today, the rules this plan adds, and Azure&apos;s default rules. The rule with the lowest priority
        number that matches decides.{' '}
        <Link href={DOCS.nsg} target="_blank" rel="noreferrer" inline>
          Learn more about network security groups
        </Link>
      </p>
      {!simulation.ok ? (
        <Problem what="The flows" message={simulation.message} />
      ) : simulation.value.flows.length === 0 ? (
        <p className={styles.text}>{noFlowsReason(plan)}</p>
      ) : (
        <FlowsDisclosure
          what={`the ${simulation.value.flows.length} required flows`}
          needsLook={flowsFact(simulation.value.flows).tone !== 'good'}
        >
          <FlowTable simulation={simulation.value} />
        </FlowsDisclosure>
      )}
    </ReviewSection>
  );
}

/** Every flow followed through what the bundle deploys: the safety net under the rules. */
function ProofSection({ plan, proof }: { readonly plan: Plan; readonly proof: Derived<Proof> }) {
  const styles = useReviewStepStyles();
  return (
    <ReviewSection title="Once deployed">
      <p className={styles.text}>
        Each flow followed through what the files deploy plus what exists today: the NSG rules in priority
        order, the effective route, the way out to the internet, and the workspace&apos;s private endpoint and
        DNS. A flow that depends on something the plan can&apos;t see, such as what your firewall allows, is
        left undecided rather than guessed.{' '}
        <Link href={DOCS.firewall} target="_blank" rel="noreferrer" inline>
          Learn more about the traffic compute needs
        </Link>
      </p>
      {!proof.ok ? (
        <Problem what="The proof" message={proof.message} />
      ) : proof.value.flows.length === 0 ? (
        <p className={styles.text}>{noFlowsReason(plan)}</p>
      ) : (
        <FlowsDisclosure
          what={`the ${proof.value.flows.length} flows once deployed`}
          needsLook={proofFact(proof.value).tone !== 'good'}
        >
          <ProofTable proof={proof.value} />
        </FlowsDisclosure>
      )}
    </ReviewSection>
  );
}

/** The last step: the plan in words, what blocks export, the flows, the diagram and the files to deploy. */
export function ReviewStep({ onExport }: { readonly onExport: () => void }) {
  const styles = useReviewStepStyles();
  const plan = usePlan();
  const serviceTags = useServiceTags();
  const options = useMemo(() => (serviceTags ? { serviceTags } : {}), [serviceTags]);
  const simulation = useMemo(() => attempt(() => simulateFlows(plan)), [plan]);
  const proof = useMemo(() => attempt(() => proveFlows(plan, options)), [plan, options]);
  // The proof's failing flows count as errors when no rule found one, as in the command line.
  const findings = useMemo(
    () =>
      attempt(() => {
        const checked = checkPlan(plan, options);
        return proof.ok ? withProofFindings(checked, proof.value) : checked;
      }),
    [plan, options, proof],
  );
  const blocked = findings.ok && countOf(findings.value, 'error') > 0;
  const bundle = useMemo(
    () =>
      blocked
        ? undefined
        : attempt(() => {
            const files = generateBundle(plan, {
              ...options,
              ...(findings.ok ? { findings: findings.value } : {}),
              ...(proof.ok ? { proof: proof.value } : {}),
            }).files;
            return { files, steps: runOrder(plan, files) };
          }),
    [plan, options, findings, proof, blocked],
  );

  // What the long sections below conclude, in a line: the flows both ways and the files.
  const facts: GlanceFact[] = [
    ...(simulation.ok ? [flowsFact(simulation.value.flows)] : []),
    ...(proof.ok ? [proofFact(proof.value)] : []),
    ...(bundle === undefined
      ? [filesFact(undefined)]
      : bundle.ok
        ? [filesFact(bundle.value.files.length)]
        : []),
  ];

  return (
    <div className={styles.root}>
      <div className={styles.summary}>
        {findings.ok ? (
          <FindingsSummary findings={findings.value} />
        ) : (
          <Problem what="The checks" message={findings.message} />
        )}
        {facts.length > 0 && <ReviewGlance facts={facts} />}
      </div>
      <ReviewSection title="Your plan">
        <ul className={styles.sentences}>
          {describePlan(plan).map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      </ReviewSection>
      <TrafficSection plan={plan} simulation={simulation} />
      <ProofSection plan={plan} proof={proof} />
      <ReviewSection title="Diagram">
        <PartBoundary what="The diagram">
          <Suspense fallback={<Spinner size="small" label="Drawing the diagram…" />}>
            <NetworkDiagram plan={plan} />
          </Suspense>
        </PartBoundary>
      </ReviewSection>
      <ReviewSection title="Files to deploy">
        {bundle === undefined ? (
          <p className={styles.text}>The files appear here once the plan has no errors.</p>
        ) : bundle.ok ? (
          <GeneratedFiles files={bundle.value.files} plan={plan} />
        ) : (
          <Problem what="The files" message={bundle.message} />
        )}
      </ReviewSection>
      {bundle?.ok && (
        <ReviewSection title="What to run, in order">
          <RunOrderList steps={bundle.value.steps} />
        </ReviewSection>
      )}
      <ReviewSection title="Plan file">
        <p className={styles.text}>
          The plan holds every choice you made. Keep it in your repository, open it here again with Import
          plan, or check and generate from it with the command line.
        </p>
        <div className={styles.actions}>
          <Button onClick={onExport}>Download {planFileName(plan.workspace.name)}</Button>
        </div>
      </ReviewSection>
    </div>
  );
}
