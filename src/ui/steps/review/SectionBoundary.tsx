import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';

interface Props {
  /** What failed, as the start of a sentence: "The diagram". */
  readonly what: string;
  readonly children: ReactNode;
}

/** Keeps a failing part of the review (a chunk that won't load, a drawing that throws) from taking the page down. */
export class SectionBoundary extends Component<Props, { message?: string }> {
  override state: { message?: string } = {};

  static getDerivedStateFromError(error: unknown): { message: string } {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.message === undefined) return this.props.children;
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          {this.props.what} could not be shown ({this.state.message}). The rest of the review is unaffected;
          reload the page to try again.
        </MessageBarBody>
      </MessageBar>
    );
  }
}
