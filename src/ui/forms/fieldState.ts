import type { FieldProps } from '@fluentui/react-components';
import type { ControllerFieldState } from 'react-hook-form';

/** Maps a react-hook-form field state onto Fluent `Field` validation props. */
export function validationProps(
  state: ControllerFieldState,
): Pick<FieldProps, 'validationState' | 'validationMessage'> {
  const message = state.error?.message;
  return message ? { validationState: 'error', validationMessage: message } : { validationState: 'none' };
}
