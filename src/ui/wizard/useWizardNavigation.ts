import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { browserStorage } from '../state/persistence.ts';
import { rememberedStep, rememberStep } from './stepMemory.ts';
import { STEP_FORM_ID, wizardSteps } from './steps.ts';

/**
 * How a move was asked for: `next` is the Next button (the step's findings may block it), `jump` goes back or to a
 * visited step (never blocked), `anywhere` may also skip ahead to a step not visited yet (a finding's "Go to field").
 */
export type MoveKind = 'next' | 'jump' | 'anywhere';

export interface MoveOptions {
  readonly kind?: MoveKind;
  /** Plan path of the field to focus on arrival, instead of the step heading. */
  readonly focusPath?: string;
}

/** What happened last, so the frame can move focus: a step arrived (maybe at a field), or Next was refused. */
export interface WizardEvent {
  readonly type: 'arrived' | 'blocked';
  readonly focusPath?: string;
  /** Changes with every event, so the same event twice is still seen. */
  readonly serial: number;
}

export interface WizardNavigation {
  /** Index of the step on screen. */
  readonly current: number;
  /** Highest step index reached so far; every step up to it may be jumped to. */
  readonly furthest: number;
  /** The last navigation event; undefined before the first move. */
  readonly event: WizardEvent | undefined;
  /** Asks to go to `target`: the current step's form is validated and committed first. */
  request(target: number, options?: MoveOptions): void;
  /** Called by a step form once its values are committed: performs the requested move. */
  proceed(): void;
  /** Called by a step form whose values are invalid: the requested move is dropped. */
  cancel(): void;
  /** Back to the first step with nothing visited (a new plan, an example). */
  reset(): void;
}

/** Decides whether the step at `index` may be left with Next (its committed plan has no blocking finding). */
export type NextGate = (index: number) => boolean;

/** Where the wizard is, and the last event (see {@link WizardEvent}). */
export interface Position {
  readonly index: number;
  readonly furthest: number;
  readonly event: WizardEvent | undefined;
}

export interface PendingMove extends MoveOptions {
  readonly target: number;
}

const last = wizardSteps.length - 1;
const clamp = (index: number) => Math.min(Math.max(index, 0), last);
export const START: Position = { index: 0, furthest: 0, event: undefined };

/**
 * The position after `move`: Next is refused (a `blocked` event) when the gate says the current step can't be left;
 * other moves are never blocked; only `anywhere` may skip past the step after the furthest one reached.
 */
export function moved(previous: Position, move: PendingMove, allowed: NextGate): Position {
  const serial = (previous.event?.serial ?? 0) + 1;
  const index = clamp(move.target);
  if (move.kind === 'next' && index > previous.index && !allowed(previous.index)) {
    return { ...previous, event: { type: 'blocked', serial } };
  }
  if (move.kind !== 'anywhere' && index > previous.furthest + 1) return previous;
  return {
    index,
    furthest: Math.max(previous.furthest, index),
    event: { type: 'arrived', focusPath: move.focusPath, serial },
  };
}

/**
 * While the gate can't judge the plan yet (its checks are still loading), a promise that settles once it can;
 * undefined when it may be asked now.
 */
export type GateReadiness = () => Promise<unknown> | undefined;

/**
 * Step state of the wizard, starting on the step kept from the last visit; moving on always goes through the current
 * step's form when it has one.
 */
export function useWizardNavigation(
  canLeave: NextGate = () => true,
  whenChecked: GateReadiness = () => undefined,
): WizardNavigation {
  // A reload comes back to the step that was on screen (every step may be opened from the step list).
  const [position, setPosition] = useState<Position>(() => {
    const index = rememberedStep(browserStorage());
    return { index, furthest: index, event: undefined };
  });
  const pending = useRef<PendingMove | null>(null);
  const gate = useRef({ canLeave, whenChecked });

  useLayoutEffect(() => {
    gate.current = { canLeave, whenChecked };
  }, [canLeave, whenChecked]);

  useEffect(() => rememberStep(browserStorage(), position.index), [position.index]);

  // The gate reads the plan as the step's form committed it just before the move; Next waits for the checks.
  const perform = useCallback((move: PendingMove) => {
    const attempt = () => {
      const checking = move.kind === 'next' ? gate.current.whenChecked() : undefined;
      if (checking) void checking.then(attempt);
      else setPosition((previous) => moved(previous, move, gate.current.canLeave));
    };
    attempt();
  }, []);

  const request = useCallback(
    (target: number, options: MoveOptions = {}) => {
      const move = { kind: 'jump' as const, ...options, target };
      const form = document.getElementById(STEP_FORM_ID);
      if (form instanceof HTMLFormElement) {
        pending.current = move;
        form.requestSubmit();
      } else {
        perform(move);
      }
    },
    [perform],
  );

  const proceed = useCallback(() => {
    const move = pending.current;
    pending.current = null;
    if (move) perform(move);
  }, [perform]);

  const cancel = useCallback(() => {
    pending.current = null;
  }, []);

  const reset = useCallback(() => {
    pending.current = null;
    setPosition(START);
  }, []);

  return useMemo(
    () => ({
      current: position.index,
      furthest: position.furthest,
      event: position.event,
      request,
      proceed,
      cancel,
      reset,
    }),
    [position, request, proceed, cancel, reset],
  );
}
