import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * Colours of the diagram's shapes, all from Fluent tokens so the drawing follows the light or dark
 * theme. The export resolves them to plain values through getComputedStyle.
 */
export const useDiagramStyles = makeStyles({
  svg: { display: 'block', fontFamily: tokens.fontFamilyBase },
  background: { fill: tokens.colorNeutralBackground1 },
  title: {
    fill: tokens.colorNeutralForeground1,
    fontSize: '14px',
    fontWeight: tokens.fontWeightSemibold,
    fontFamily: tokens.fontFamilyBase,
  },
  text: { fill: tokens.colorNeutralForeground2, fontSize: '12px', fontFamily: tokens.fontFamilyBase },
  vnet: { fill: tokens.colorNeutralBackground2, stroke: tokens.colorBrandStroke1, strokeWidth: '1.5px' },
  hubVnet: { fill: tokens.colorNeutralBackground2, stroke: tokens.colorBrandStroke1, strokeWidth: '1.5px' },
  managedVnet: {
    fill: tokens.colorNeutralBackground2,
    stroke: tokens.colorPaletteMarigoldBorderActive,
    strokeWidth: '1.5px',
  },
  subnet: {
    fill: tokens.colorNeutralBackground1,
    stroke: tokens.colorNeutralStrokeAccessible,
    strokeWidth: '1px',
  },
  endpointSubnet: {
    fill: tokens.colorNeutralBackground1,
    stroke: tokens.colorNeutralStrokeAccessible,
    strokeWidth: '1px',
  },
  otherSubnet: {
    fill: tokens.colorNeutralBackground3,
    stroke: tokens.colorNeutralStroke1,
    strokeWidth: '1px',
  },
  nsg: {
    fill: tokens.colorNeutralBackground1,
    stroke: tokens.colorPaletteLavenderBorderActive,
    strokeWidth: '1.5px',
  },
  nsgBoundary: {
    fill: tokens.colorPaletteLavenderBackground2,
    stroke: tokens.colorPaletteLavenderBorderActive,
    strokeWidth: '1px',
  },
  compute: { fill: tokens.colorBrandBackground2, stroke: tokens.colorBrandStroke1, strokeWidth: '1.5px' },
  egress: {
    fill: tokens.colorNeutralBackground1,
    stroke: tokens.colorPaletteTealBorderActive,
    strokeWidth: '1.5px',
  },
  egressBand: {
    fill: tokens.colorPaletteTealBackground2,
    stroke: tokens.colorPaletteTealBorderActive,
    strokeWidth: '1px',
  },
  hop: {
    fill: tokens.colorPaletteTealBorderActive,
    stroke: tokens.colorNeutralBackground1,
    strokeWidth: '1.5px',
  },
  bypass: {
    fill: tokens.colorNeutralBackground1,
    stroke: tokens.colorPaletteTealBorderActive,
    strokeWidth: '2px',
  },
  serviceTitle: {
    fill: tokens.colorNeutralForeground1,
    fontSize: '13px',
    fontWeight: tokens.fontWeightSemibold,
    fontFamily: tokens.fontFamilyBase,
  },
  service: {
    fill: tokens.colorNeutralBackground1,
    stroke: tokens.colorNeutralStrokeAccessible,
    strokeWidth: '1px',
  },
  workspace: {
    fill: tokens.colorNeutralBackground1,
    stroke: tokens.colorPaletteGrapeBorderActive,
    strokeWidth: '1.5px',
  },
  privateEndpoint: {
    fill: tokens.colorNeutralBackground1,
    stroke: tokens.colorPaletteGrapeBorderActive,
    strokeWidth: '1.5px',
  },
  dnsZones: {
    fill: tokens.colorNeutralBackground2,
    stroke: tokens.colorPaletteCornflowerBorderActive,
    strokeWidth: '1.5px',
  },
  dnsZone: {
    fill: tokens.colorNeutralBackground1,
    stroke: tokens.colorPaletteCornflowerBorderActive,
    strokeWidth: '1.5px',
  },
  note: {
    fill: tokens.colorNeutralBackground2,
    stroke: tokens.colorNeutralStrokeAccessible,
    strokeWidth: '1px',
    strokeDasharray: '4 3',
  },
  privateLink: { fill: 'none', stroke: tokens.colorPaletteGrapeBorderActive, strokeWidth: '1.5px' },
  privateLinkEnd: { fill: tokens.colorPaletteGrapeBorderActive },
  dnsLink: {
    fill: 'none',
    stroke: tokens.colorPaletteCornflowerBorderActive,
    strokeWidth: '1.5px',
    strokeDasharray: '5 3',
  },
  dnsLinkEnd: { fill: tokens.colorPaletteCornflowerBorderActive },
  peering: { fill: 'none', stroke: tokens.colorBrandStroke1, strokeWidth: '3px' },
  peeringEnd: { fill: tokens.colorBrandStroke1 },
  rail: { fill: 'none', stroke: tokens.colorPaletteTealBorderActive, strokeWidth: '3px', strokeOpacity: 0.6 },
  label: { fill: tokens.colorNeutralForeground2, fontSize: '12px', fontFamily: tokens.fontFamilyBase },
  allowed: { fill: 'none', stroke: tokens.colorStatusSuccessForeground1, strokeWidth: '1.75px' },
  denied: {
    fill: 'none',
    stroke: tokens.colorStatusDangerForeground1,
    strokeWidth: '1.75px',
    strokeDasharray: '7 4',
  },
  unknown: {
    fill: 'none',
    stroke: tokens.colorStatusWarningForeground1,
    strokeWidth: '1.75px',
    strokeDasharray: '2 3',
  },
  managed: { fill: 'none', stroke: tokens.colorBrandStroke1, strokeWidth: '1.75px', strokeDasharray: '12 4' },
  allowedHead: { fill: tokens.colorStatusSuccessForeground1 },
  deniedHead: { fill: tokens.colorStatusDangerForeground1 },
  unknownHead: { fill: tokens.colorStatusWarningForeground1 },
  managedHead: { fill: tokens.colorBrandStroke1 },
  markBack: { fill: tokens.colorNeutralBackground1, strokeWidth: '1.5px', strokeDasharray: 'none' },
  deniedRing: { stroke: tokens.colorStatusDangerForeground1 },
  unknownRing: { stroke: tokens.colorStatusWarningForeground1 },
  deniedMark: { fill: 'none', stroke: tokens.colorStatusDangerForeground1, strokeWidth: '2px' },
  unknownMark: {
    fill: tokens.colorStatusWarningForeground1,
    fontSize: '11px',
    fontWeight: tokens.fontWeightBold,
    fontFamily: tokens.fontFamilyBase,
  },
});

export type DiagramClasses = ReturnType<typeof useDiagramStyles>;
