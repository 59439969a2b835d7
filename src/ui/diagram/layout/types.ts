import type { Direction, FlowResult } from '../../../core/index.ts';

/** What a box stands for; the renderer picks its colours from this. */
export type BoxKind =
  | 'vnet'
  | 'managedVnet'
  | 'subnet'
  /** The subnet the bundle puts its private endpoints in. */
  | 'endpointSubnet'
  | 'otherSubnet'
  | 'nsg'
  | 'nsgBoundary'
  | 'compute'
  | 'egress'
  | 'egressBand'
  | 'hop'
  | 'bypass'
  | 'service'
  | 'workspace'
  | 'privateEndpoint'
  /** A virtual network the plan doesn't change that holds the workspace's private endpoint. */
  | 'hubVnet'
  /** The group of private DNS zones, and one zone in it. */
  | 'dnsZones'
  | 'dnsZone'
  | 'note';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** One rectangle of the diagram with its text; `parent` is the box it sits inside. */
export interface DiagramBox extends Rect {
  readonly id: string;
  readonly kind: BoxKind;
  readonly title: string;
  /** Lines under the title, already shortened to fit the box. */
  readonly lines: readonly string[];
  readonly parent?: string;
  /** One sentence for the text alternative; absent for purely visual parts (chips, bands). */
  readonly description?: string;
}

/** Verdict of the flows an arrow carries; `managed` means Azure's managed network decides. */
export type ArrowVerdict = FlowResult | 'managed';

/** One arrow: the flows between the compute and one remote end that share direction and verdict. */
export interface DiagramArrow {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly direction: Direction;
  readonly verdict: ArrowVerdict;
  /** Ids of the required flows this arrow draws (empty for a managed-network arrow). */
  readonly flowIds: readonly string[];
  /** Protocol and ports, such as "TCP 443, 8787". */
  readonly label: string;
  readonly labelAt: Point;
  /** From the tail to the head (the head is at the compute for inbound flows). */
  readonly points: readonly Point[];
  /** Where the NSG stops or can't decide the flows (denied and unknown arrows), marked with ✕ or ?. */
  readonly markAt?: Point;
  /** Id of the egress marker the arrow passes through, if any. */
  readonly via?: string;
  /** The flows in words with their verdict, for the text alternative. */
  readonly description: string;
}

/**
 * A connector that is not a flow. `privateLink`: private endpoint to workspace; `rail`: the egress card
 * to its band on the network's edge; `dnsLink`: a private DNS zone's virtual network link; `peering`:
 * between the compute's network and a hub.
 */
export type LinkKind = 'privateLink' | 'rail' | 'dnsLink' | 'peering';

export interface DiagramLink {
  readonly id: string;
  readonly kind: LinkKind;
  readonly from: string;
  readonly to: string;
  readonly label: string;
  /** Where the label starts; by default it is centred above a straight link. */
  readonly labelAt?: Point;
  readonly points: readonly Point[];
}

/** A line style of a verdict, a marker on the egress band, or a connector's line. */
export type LegendEntry =
  | { readonly kind: 'verdict'; readonly verdict: ArrowVerdict; readonly label: string }
  | { readonly kind: 'hop' | 'bypass'; readonly label: string }
  | { readonly kind: Exclude<LinkKind, 'rail'>; readonly label: string };

export interface DiagramLayout {
  readonly width: number;
  readonly height: number;
  readonly title: string;
  /** One or two sentences summing up the diagram (the SVG's description). */
  readonly summary: string;
  readonly boxes: readonly DiagramBox[];
  readonly arrows: readonly DiagramArrow[];
  readonly links: readonly DiagramLink[];
  /** Entries in two columns, or one when a label is too long for half the width. */
  readonly legend: {
    readonly x: number;
    readonly y: number;
    readonly columns: 1 | 2;
    readonly entries: readonly LegendEntry[];
  };
}
