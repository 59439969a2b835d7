// The workspace step's schema code, loaded when the step first judges a change (see WorkspaceStep.tsx).
export { workspaceFormSchema } from './privateLinkForm.ts';
export { withWorkspace } from '../../state/planTransitions.ts';
