/** What became of one required flow once deployed. */
export type FlowVerdictKind = 'reaches' | 'blocked' | 'noWayOut' | 'nameWontResolve' | 'unknown';

/** One required flow followed through what the bundle deploys plus what already exists. */
export interface FlowProof {
  readonly flowId: string;
  readonly specId: string;
  readonly direction: 'Inbound' | 'Outbound';
  readonly protocol: 'Tcp' | 'Udp';
  readonly port: number;
  readonly remote: string;
  readonly status: 'required' | 'situational';
  readonly verdict: FlowVerdictKind;
  /** One sentence for people: how it reaches, or why not. */
  readonly reason: string;
  /** The hops, e.g. ['NSG nsg-training: AllowStorageOutbound (120)', 'route 0.0.0.0/0 → 10.0.0.4', 'appliance (firewall rules unknown)']. */
  readonly path: readonly string[];
  /** The resource that decides a non-reaching verdict, and the plan path to change. */
  readonly deciding?: { readonly resource: string; readonly planPath?: string };
}

/** The verdict of every flow the plan's compute needs, in catalogue order. */
export interface Proof {
  readonly flows: readonly FlowProof[];
}

/** The outcome of one step of a flow: go on (with the hops it added), or stop with a verdict. */
export type Step =
  | { readonly ok: true; readonly hops: readonly string[]; readonly how?: string }
  | {
      readonly ok: false;
      readonly verdict: Exclude<FlowVerdictKind, 'reaches'>;
      readonly hops: readonly string[];
      readonly reason: string;
      readonly deciding?: FlowProof['deciding'];
    };
