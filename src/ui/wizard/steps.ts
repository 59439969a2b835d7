/** The wizard's steps, in order; ids are stable (used in element ids and tests), titles are what people see. */
export const wizardSteps = [
  {
    id: 'workspace',
    title: 'Isolation & workspace',
    summary: 'Choose who runs the network, and which workspace the compute belongs to.',
  },
  {
    id: 'compute',
    title: 'Compute',
    summary: 'Choose the kind of training compute; only the settings that kind has are shown.',
  },
  { id: 'vnet', title: 'Virtual network', summary: 'The virtual network the compute joins.' },
  { id: 'subnet', title: 'Subnet', summary: "The subnet the compute's network interfaces use." },
  { id: 'inbound', title: 'Inbound', summary: 'What may reach the compute, and from where.' },
  { id: 'outbound', title: 'Outbound', summary: 'What the compute may reach.' },
  { id: 'tunneling', title: 'Tunnelling', summary: 'How outbound traffic leaves the network.' },
  {
    id: 'review',
    title: 'Review & export',
    summary: 'Check the plan and export it as a file for the command line or your repository.',
  },
] as const;

export type WizardStepId = (typeof wizardSteps)[number]['id'];

/** The id of the form the current step renders; Next, Back and the step list submit it before leaving. */
export const STEP_FORM_ID = 'wizard-step-form';
