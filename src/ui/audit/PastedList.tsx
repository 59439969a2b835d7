import { Button } from '@fluentui/react-components';
import type { PastedSet, PastedText } from '../../azure/discovery/index.ts';
import { useAuditStyles } from './AuditDialog.styles.ts';

const KIND_WORDS = {
  vnet: 'Virtual network',
  subnet: 'Subnet',
  nsg: 'Network security group',
  routeTable: 'Route table',
  privateEndpoint: 'Private endpoint',
  privateDnsZone: 'Private DNS zone',
  privateDnsLink: 'Private DNS zone link',
  armTemplate: 'ARM template',
  unknown: 'Not recognised',
  invalid: 'Not JSON',
} as const;

/** What each pasted document was understood to be, with a button to remove it. */
export interface PastedListProps {
  readonly texts: readonly PastedText[];
  readonly set: PastedSet;
  readonly onRemove: (index: number) => void;
}

export function PastedList({ texts, set, onRemove }: PastedListProps) {
  const styles = useAuditStyles();
  return (
    <section className={styles.section} aria-labelledby="pasted-heading">
      <h3 id="pasted-heading" className={styles.heading}>
        What was understood
      </h3>
      <ul className={styles.list} aria-labelledby="pasted-heading">
        {set.understood.map((item, index) => (
          <li key={`${item.source}:${index}`} className={styles.item}>
            <span className={styles.itemTitle}>
              {KIND_WORDS[item.kind]}
              {item.name === undefined ? '' : ` “${item.name}”`} · {item.source}
            </span>
            <span>{item.message}</span>
          </li>
        ))}
      </ul>
      <div className={styles.row}>
        {texts.map((text, index) => (
          <Button key={`${text.source}:${index}`} size="small" onClick={() => onRemove(index)}>
            Remove {text.source}
          </Button>
        ))}
      </div>
    </section>
  );
}
